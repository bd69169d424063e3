package org.coproduce.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person acting as staff for an organisation. */
@Entity
@Table(name = "organisation_staff")
public class StaffMembership {
    @EmbeddedId
    public Key key;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    /** The organisation and the person. */
    @Embeddable
    public record Key(
            @Column(name = "organisation_id") UUID organisationId,
            @Column(name = "person_id") UUID personId) {}
}
