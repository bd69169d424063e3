package org.coproduce.ratings;

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

/** A change promised in reply to a review: committed, done, then confirmed (or not) by the reviewer. */
@Entity
@Table(name = "rating_changes")
public class Change {
    @Id
    public UUID id;

    @Column(name = "rating_id", nullable = false)
    public UUID ratingId;

    @Column(name = "service_id", nullable = false)
    public UUID serviceId;

    public String what;

    @Column(name = "expected_by", nullable = false)
    public LocalDate expectedBy;

    @Column(name = "committed_at", nullable = false)
    public Instant committedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "asked_at")
    public Instant askedAt;

    @Enumerated(EnumType.STRING)
    public ChangeAnswer answer;

    @Column(name = "answer_comment")
    public String answerComment;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public long version;

    ChangeStatus status() {
        return doneAt == null ? ChangeStatus.COMMITTED : ChangeStatus.DONE;
    }
}
