package org.coproduce.ratings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A rating of a service: by a signed-in person, or imported by an integrator from elsewhere. */
@Entity
@Table(name = "ratings")
public class Rating {
    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    /** Null for an imported rating. */
    @Column(name = "person_id")
    public UUID personId;

    public String source;

    @Column(name = "external_id")
    public String externalId;

    public int overall;
    public Integer access;
    public Integer timeliness;
    public Integer courtesy;
    public Integer outcome;

    public String review;

    @Column(name = "used_in")
    public LocalDate usedIn;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    @Column(name = "rated_month", nullable = false)
    public LocalDate ratedMonth;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    Scores scores() {
        return new Scores(overall, access, timeliness, courtesy, outcome);
    }

    boolean isReview() {
        return review != null;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    boolean isPublicReview() {
        return isReview() && !isHidden();
    }
}
