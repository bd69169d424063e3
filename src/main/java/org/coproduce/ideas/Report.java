package org.coproduce.ideas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone's report that an idea or comment breaks the rules, until a moderator resolves it. */
@Entity
@Table(name = "reports")
public class Report {
    @Id
    public UUID id;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "reporter_id", nullable = false)
    public UUID reporterId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public String resolution;

    @Column(name = "resolved_by")
    public UUID resolvedBy;
}
