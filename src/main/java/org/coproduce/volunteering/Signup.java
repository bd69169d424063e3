package org.coproduce.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A person's place on a shift, or in its waitlist, and afterwards whether they came and for how long. */
@Entity
@Table(name = "signups")
public class Signup {
    @Id
    public UUID id;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignupStatus status;

    /** First come, first served: the waitlist is ordered by this, then by id. */
    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "assigned_by")
    public UUID assignedBy;

    @Column(name = "over_capacity_reason")
    public String overCapacityReason;

    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    public BigDecimal hours;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "hours_approved_at")
    public Instant hoursApprovedAt;

    @Column(name = "hours_approved_by")
    public UUID hoursApprovedBy;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
