package org.coproduce.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;

/**
 * A time slot of an opportunity with a number of places. The counts are kept on the row, changed
 * only while the row is locked, and the database refuses a confirmed count above the places.
 */
@Entity
@Table(name = "shifts")
public class Shift {
    @Id
    public UUID id;

    @Column(name = "opportunity_id", nullable = false)
    public UUID opportunityId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public int capacity;

    /** Places staff added above capacity, each time with an audited reason. */
    @Column(name = "extra_places", nullable = false)
    public int extraPlaces;

    @Column(name = "confirmed_count", nullable = false)
    public int confirmedCount;

    /**
     * People waiting for a place, counted when the shift is read rather than stored: joining the
     * waitlist then changes nothing on the shift's row, so a burst of people joining a full shift
     * do so together instead of one at a time (see {@link Signups#signUp}). Read-only.
     */
    @Formula("(SELECT count(*) FROM signups w WHERE w.shift_id = id AND w.status = 'WAITLISTED')")
    public int waitlistCount;

    @Column(name = "signup_opens_at", nullable = false)
    public Instant signupOpensAt;

    @Column(name = "signup_closes_at", nullable = false)
    public Instant signupClosesAt;

    @Column(name = "cancel_deadline", nullable = false)
    public Instant cancelDeadline;

    /** Shown by staff on site; a volunteer enters it to check in. */
    @Column(name = "check_in_code", nullable = false)
    public String checkInCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public int places() {
        return capacity + extraPlaces;
    }

    public int placesLeft() {
        return Math.max(0, capacity - confirmedCount);
    }

    public boolean hasPlaceLeft() {
        return confirmedCount < capacity;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }
}
