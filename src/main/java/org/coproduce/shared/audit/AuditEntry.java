package org.coproduce.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the append-only audit log: who changed what, when, and in brief how. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
    @Id
    public UUID id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_id")
    public UUID actorId;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public String summary;

    @Column(name = "request_id")
    public String requestId;
}
