package org.coproduce.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coproduce.shared.api.Cursors;
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
        // A person is named by their id alone (see V202611301000); a machine client by its client id.
        entry.actorSubject = change.actorId() == null ? change.actorSubject() : null;
        entry.action = change.action();
        entry.entityType = change.entityType();
        entry.entityId = change.entityId();
        entry.organisationId = change.organisationId();
        entry.summary = change.summary();
        entry.requestId = RequestIds.current();
        persist(entry);
    }

    /** What to look for; null fields do not filter. {@code organisations} null means every entry. */
    public record Search(
            Collection<UUID> organisations,
            UUID organisation,
            UUID actor,
            String entityType,
            UUID entityId,
            String action,
            String text,
            Instant from,
            Instant to) {}

    /** Entries newest first, after the (occurredAt, id) of the previous page's last entry. */
    public List<AuditEntry> search(Search search, Cursors.InstantAndId after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (search.organisations() != null) {
            where.append(" and organisationId in :organisations");
            parameters.and(
                    "organisations",
                    search.organisations().isEmpty() ? List.of(new UUID(0, 0)) : search.organisations());
        }
        if (search.organisation() != null) {
            where.append(" and organisationId = :organisation");
            parameters.and("organisation", search.organisation());
        }
        if (search.actor() != null) {
            where.append(" and actorId = :actor");
            parameters.and("actor", search.actor());
        }
        if (search.entityType() != null) {
            where.append(" and entityType = :entityType");
            parameters.and("entityType", search.entityType());
        }
        if (search.entityId() != null) {
            where.append(" and entityId = :entityId");
            parameters.and("entityId", search.entityId());
        }
        if (search.action() != null) {
            // "idea" finds idea.status-changed and the like; a full action name finds itself.
            where.append(" and (action = :action or action like :actionPrefix escape '\\')");
            parameters.and("action", search.action()).and("actionPrefix", likeEscaped(search.action()) + ".%");
        }
        if (search.text() != null) {
            where.append(" and lower(summary) like :text escape '\\'");
            parameters.and("text", "%" + likeEscaped(search.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.from() != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", search.to());
        }
        if (after != null) {
            where.append(" and (occurredAt < :afterAt or occurredAt = :afterAt and id < :afterId)");
            parameters.and("afterAt", after.at()).and("afterId", after.id());
        }
        return find(where + " order by occurredAt desc, id desc", parameters)
                .page(0, limit)
                .list();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public List<AuditEntry> forEntity(String entityType, UUID entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt desc", entityType, entityId);
    }
}
