package org.coproduce.ratings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The organisation's one public reply to a review. */
@Entity
@Table(name = "rating_replies")
public class Reply {
    @Id
    public UUID id;

    @Column(name = "rating_id", nullable = false)
    public UUID ratingId;

    @Column(name = "author_id", nullable = false)
    public UUID authorId;

    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
