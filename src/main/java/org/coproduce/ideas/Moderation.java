package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.moderation.ModeratedContent;
import org.coproduce.shared.moderation.ModeratedItem;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;

/**
 * Reports and their resolution, for every kind of public content (ideas and comments here, reviews
 * in ratings: each feature describes its content through {@link ModeratedContent}). Anyone signed
 * in reports an item once; staff of the organisation whose service it belongs to (or an admin) hide
 * or restore it, resolving every open report on it at once. Every decision is audited.
 */
@ApplicationScoped
public class Moderation {
    private static final int EXCERPT = 200;

    private final EntityManager db;
    private final People people;
    private final PublicServices services;
    private final IdeaPermissions permissions;
    private final StaffDirectory staff;
    private final CurrentIdentity identity;
    private final RateLimits rateLimits;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, ModeratedContent> contentByType = new HashMap<>();

    Moderation(
            EntityManager db,
            People people,
            PublicServices services,
            IdeaPermissions permissions,
            StaffDirectory staff,
            CurrentIdentity identity,
            RateLimits rateLimits,
            AuditLog audit,
            Clock clock,
            Instance<ModeratedContent> contents) {
        this.db = db;
        this.people = people;
        this.services = services;
        this.permissions = permissions;
        this.staff = staff;
        this.identity = identity;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.clock = clock;
        for (ModeratedContent content : contents) {
            content.types().forEach(type -> contentByType.put(type, content));
        }
    }

    @Transactional
    public void report(ReportInput input) {
        PersonRef me = people.me();
        rateLimits.hit(me.id().toString(), "report");
        Target target = target(input.targetType(), input.targetId());
        if (!target.item().reportable()) {
            throw ProblemException.notFound(input.targetType(), input.targetId());
        }
        db.createNativeQuery("""
                        INSERT INTO reports (id, target_type, target_id, organisation_id, reporter_id, reason, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (target_type, target_id, reporter_id) DO NOTHING
                        """)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, input.targetType())
                .setParameter(3, input.targetId())
                .setParameter(4, target.service().organisationId())
                .setParameter(5, me.id())
                .setParameter(6, input.reason().strip())
                .setParameter(7, clock.instant())
                .executeUpdate();
    }

    /** Open reports on the caller's organisations' content (all of it for an admin), oldest first. */
    @Transactional
    public ReportPage queue(String cursor, int limit) {
        Collection<UUID> organisations = identity.isAdmin()
                ? null
                : staff.organisationsOf(people.me().id()).stream()
                        .map(StaffDirectory.OrganisationRef::id)
                        .toList();
        StringBuilder query = new StringBuilder("from Report where resolvedAt is null");
        if (organisations != null) {
            query.append(" and organisationId in :organisations");
        }
        if (cursor != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
        }
        var rows = db.createQuery(query.append(" order by createdAt, id").toString(), Report.class)
                .setMaxResults(limit + 1);
        if (organisations != null) {
            rows.setParameter("organisations", organisations.isEmpty() ? List.of(new UUID(0, 0)) : organisations);
        }
        if (cursor != null) {
            Cursors.InstantAndId after = Cursors.instantAndId(cursor);
            rows.setParameter("at", after.at()).setParameter("id", after.id());
        }
        List<Report> reports = rows.getResultList();
        KeysetPage<Report> page = KeysetPage.of(reports, limit, r -> List.of(r.createdAt.toString(), r.id.toString()));
        Map<String, ModeratedItem> items = itemsOf(page.rows());
        return new ReportPage(
                page.rows().stream()
                        .filter(r -> items.containsKey(r.targetType + ":" + r.targetId))
                        .map(r -> view(r, items.get(r.targetType + ":" + r.targetId)))
                        .toList(),
                page.nextCursor());
    }

    private static ReportView view(Report report, ModeratedItem item) {
        String text = item.text() == null ? "" : item.text();
        return new ReportView(
                report.id,
                report.targetType,
                report.targetId,
                item.ideaId(),
                item.link(),
                text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text,
                item.hidden(),
                report.reason,
                report.createdAt);
    }

    /** The reported items of a page, loaded in one query per kind (no query per report). */
    private Map<String, ModeratedItem> itemsOf(List<Report> reports) {
        Map<String, ModeratedItem> items = new HashMap<>();
        reports.stream()
                .collect(Collectors.groupingBy(
                        r -> r.targetType, Collectors.mapping(r -> r.targetId, Collectors.toSet())))
                .forEach((type, ids) ->
                        content(type).find(type, ids).forEach((id, item) -> items.put(type + ":" + id, item)));
        return items;
    }

    @Transactional
    public void hide(String type, UUID id, ModerationDecision decision) {
        decide(type, id, decision, true);
    }

    @Transactional
    public void restore(String type, UUID id, ModerationDecision decision) {
        decide(type, id, decision, false);
    }

    private void decide(String type, UUID id, ModerationDecision decision, boolean hide) {
        Target target = target(type, id);
        permissions.requireCanAnswerFor(target.service());
        Instant now = clock.instant();
        String reason = decision.reason().strip();
        content(type).setHidden(type, id, hide ? now : null, reason);
        PersonRef me = people.me();
        db.createQuery("update Report set resolvedAt = :now, resolution = :resolution, resolvedBy = :me"
                        + " where targetType = :type and targetId = :id and resolvedAt is null")
                .setParameter("now", now)
                .setParameter("resolution", hide ? "HIDDEN" : "RESTORED")
                .setParameter("me", me.id())
                .setParameter("type", type)
                .setParameter("id", id)
                .executeUpdate();
        audit.record(new AuditLog.Change(
                me.id(),
                identity.subject(),
                type + (hide ? ".hidden" : ".restored"),
                type,
                id,
                target.service().organisationId(),
                (hide ? "Hid" : "Restored") + " the " + type + ": " + reason));
    }

    /** The item and the (live) service that answers for it; 404 when either is unknown. */
    private record Target(ModeratedItem item, ServiceRef service) {}

    private Target target(String type, UUID id) {
        ModeratedItem item = content(type).find(type, List.of(id)).get(id);
        ServiceRef service =
                item == null ? null : services.refs(List.of(item.serviceId())).get(item.serviceId());
        if (service == null) {
            throw ProblemException.notFound(type, id);
        }
        return new Target(item, service);
    }

    private ModeratedContent content(String type) {
        ModeratedContent content = contentByType.get(type);
        if (content == null) {
            throw ProblemException.notFound("kind of content", type);
        }
        return content;
    }
}
