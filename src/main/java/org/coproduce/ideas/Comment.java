package org.coproduce.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.shared.api.ProblemException;

/** A comment on an idea, or a reply to one. */
@Entity
@Table(name = "idea_comments")
public class Comment {
    /** Authors may correct a comment for this long; after that it stands as written. */
    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    public UUID id;

    @Column(name = "idea_id", nullable = false)
    public UUID ideaId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "author_id", nullable = false)
    public UUID authorId;

    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "hidden_at")
    public Instant hiddenAt;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    @Version
    public long version;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void edit(String newBody, Instant at) {
        if (isDeleted()) {
            throw ProblemException.conflict("This comment was deleted.");
        }
        if (at.isAfter(createdAt.plus(EDIT_WINDOW))) {
            throw ProblemException.conflict(
                    "Comments can be edited for 15 minutes after posting; this one can no longer be changed.");
        }
        body = newBody;
        editedAt = at;
    }

    public void delete(Instant at) {
        body = null;
        deletedAt = at;
    }
}
