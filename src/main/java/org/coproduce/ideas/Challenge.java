package org.coproduce.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A question a service puts to the public, open to ideas between two dates. */
@Entity
@Table(name = "challenges")
public class Challenge {
    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String brief;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChallengeState state;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "budget_hint")
    public String budgetHint;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Ideas are welcome while the challenge is open and today falls between its dates. */
    public boolean acceptsIdeasOn(LocalDate today) {
        return state == ChallengeState.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
