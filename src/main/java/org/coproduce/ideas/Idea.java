package org.coproduce.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.shared.api.ProblemException;

/** An idea a citizen proposes to a service, optionally in answer to one of its challenges. */
@Entity
@Table(name = "ideas")
public class Idea {
    @Id
    public UUID id;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    @Column(name = "challenge_id")
    public UUID challengeId;

    @Column(name = "author_id", nullable = false)
    public UUID authorId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "place_name")
    public String placeName;

    public Double latitude;

    public Double longitude;

    @Column(nullable = false)
    public String[] tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdeaStatus status;

    /** Kept by the database in the same statement as each support; read-only here. */
    @Column(name = "support_count", nullable = false, insertable = false, updatable = false)
    public int supportCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Version
    public long version;

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** The author edits only what nobody has started to review. */
    public void requireEditable() {
        if (status != IdeaStatus.SUBMITTED) {
            throw ProblemException.conflict(
                    "This idea is " + status + ": it can only be changed while it is SUBMITTED.");
        }
    }

    /** A staff move along the status path; the state rule lives here. */
    public void moveTo(IdeaStatus next, String answer, Instant at) {
        if (!status.staffCanMoveTo(next)) {
            throw ProblemException.conflict("An idea that is " + status + " cannot move to " + next + ".");
        }
        if (status.needsAnswerToMoveTo(next) && (answer == null || answer.isBlank())) {
            throw ProblemException.invalidField("answer", "must explain this decision to the public");
        }
        status = next;
        updatedAt = at;
        if (answer != null && !answer.isBlank()) {
            answeredAt = at;
        }
    }

    public void withdraw(Instant at) {
        if (status != IdeaStatus.SUBMITTED) {
            throw ProblemException.conflict("Only an idea that is still SUBMITTED can be withdrawn.");
        }
        status = IdeaStatus.WITHDRAWN;
        updatedAt = at;
    }
}
