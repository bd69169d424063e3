package org.coproduce.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of an idea's public timeline: a status move and the answer given with it. */
@Entity
@Table(name = "idea_answers")
public class IdeaAnswer {
    @Id
    public UUID id;

    @Column(name = "idea_id", nullable = false)
    public UUID ideaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public IdeaStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public IdeaStatus toStatus;

    public String answer;

    @Column(name = "answered_by", nullable = false)
    public UUID answeredBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
