package org.coproduce.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.coproduce.shared.api.RequestIds;

/** Records staff and admin changes in the same transaction as the change itself. */
@ApplicationScoped
public class AuditLog implements PanacheRepositoryBase<AuditEntry, UUID> {
    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** What changed: the actor, the action and the thing it was done to. */
    public record Change(
            UUID actorId,
            String actorSubject,
            String action,
            String entityType,
            UUID entityId,
            UUID organisationId,
            String summary) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change change) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = clock.instant();
        entry.actorId = change.actorId();
        entry.actorSubject = change.actorSubject();
        entry.action = change.action();
        entry.entityType = change.entityType();
        entry.entityId = change.entityId();
        entry.organisationId = change.organisationId();
        entry.summary = change.summary();
        entry.requestId = RequestIds.current();
        persist(entry);
    }

    public List<AuditEntry> forEntity(String entityType, UUID entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt desc", entityType, entityId);
    }
}
