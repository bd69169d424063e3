package org.coproduce.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who takes part: a citizen, a member of staff or an admin. */
@Entity
@Table(name = "people")
public class Person {
    @Id
    public UUID id;

    /** The identity provider's subject; null while the person is invited but has not signed in. */
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    /** True when the person chose their name here; otherwise it follows the identity provider's. */
    @Column(name = "display_name_chosen", nullable = false)
    public boolean displayNameChosen;

    /** The language they chose for the portal and emails ("en" or "cy"); null when not chosen. */
    public String language;

    /** When they erased their account; the row then holds nothing personal. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The code of the area they said they live in (coproduce.population.areas); null when not said. */
    public String area;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_frequency", nullable = false)
    public EmailFrequency emailFrequency = EmailFrequency.DAILY_DIGEST;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
