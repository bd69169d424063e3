package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;

/**
 * Reports and their resolution. Anyone signed in reports an idea or comment once; staff of the
 * organisation whose service it belongs to (or an admin) hide or restore it, resolving every open
 * report on it at once instead of one at a time. Every decision is audited.
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

    Moderation(
            EntityManager db,
            People people,
            PublicServices services,
            IdeaPermissions permissions,
            StaffDirectory staff,
            CurrentIdentity identity,
            RateLimits rateLimits,
            AuditLog audit,
            Clock clock) {
        this.db = db;
        this.people = people;
        this.services = services;
        this.permissions = permissions;
        this.staff = staff;
        this.identity = identity;
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is reported: the idea (for a comment, its idea) and the service that answers for it. */
    private record Target(String type, UUID id, Idea idea, Comment comment, ServiceRef service) {
        String text() {
            return comment != null ? comment.body : idea.title + ": " + idea.body;
        }

        boolean hidden() {
            return comment != null ? comment.hiddenAt != null : idea.isHidden();
        }
    }

    @Transactional
    public void report(ReportInput input) {
        PersonRef me = people.me();
        rateLimits.hit(me.id().toString(), "report");
        Target target = publicTarget(input.targetType(), input.targetId());
        db.createNativeQuery("""
                        INSERT INTO reports (id, target_type, target_id, organisation_id, reporter_id, reason, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (target_type, target_id, reporter_id) DO NOTHING
                        """)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, target.type())
                .setParameter(3, target.id())
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
            List<String> after = Cursors.decode(cursor, 2);
            try {
                rows.setParameter("at", Instant.parse(after.get(0))).setParameter("id", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        List<Report> reports = rows.getResultList();
        KeysetPage<Report> page = KeysetPage.of(reports, limit, r -> List.of(r.createdAt.toString(), r.id.toString()));
        Map<String, Target> targets = targetsOf(page.rows());
        return new ReportPage(
                page.rows().stream()
                        .map(r -> {
                            Target target = targets.get(r.targetType + ":" + r.targetId);
                            String text = target.text() == null ? "" : target.text();
                            return new ReportView(
                                    r.id,
                                    r.targetType,
                                    r.targetId,
                                    target.idea().id,
                                    text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text,
                                    target.hidden(),
                                    r.reason,
                                    r.createdAt);
                        })
                        .toList(),
                page.nextCursor());
    }

    /** The reported items of a page, loaded in one query per kind of row (no query per report). */
    private Map<String, Target> targetsOf(List<Report> reports) {
        Map<UUID, Comment> comments = byId(
                Comment.class,
                reports.stream()
                        .filter(r -> r.targetType.equals("comment"))
                        .map(r -> r.targetId)
                        .toList(),
                c -> c.id);
        List<UUID> ideaIds = java.util.stream.Stream.concat(
                        reports.stream()
                                .filter(r -> r.targetType.equals("idea"))
                                .map(r -> r.targetId),
                        comments.values().stream().map(c -> c.ideaId))
                .distinct()
                .toList();
        Map<UUID, Idea> ideas = byId(Idea.class, ideaIds, i -> i.id);
        Map<UUID, ServiceRef> owners = services.refs(
                ideas.values().stream().map(i -> i.serviceId).distinct().toList());
        Map<String, Target> targets = new java.util.HashMap<>();
        for (Report report : reports) {
            Comment comment = comments.get(report.targetId);
            Idea idea = comment != null ? ideas.get(comment.ideaId) : ideas.get(report.targetId);
            targets.put(
                    report.targetType + ":" + report.targetId,
                    new Target(report.targetType, report.targetId, idea, comment, owners.get(idea.serviceId)));
        }
        return targets;
    }

    private <T> Map<UUID, T> byId(Class<T> type, List<UUID> ids, Function<T, UUID> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.createQuery("from " + type.getSimpleName() + " where id in :ids", type)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
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
        Target target = anyTarget(type, id);
        permissions.requireCanAnswerFor(target.service());
        Instant now = clock.instant();
        String reason = decision.reason().strip();
        if (target.comment() != null) {
            target.comment().hiddenAt = hide ? now : null;
            target.comment().hiddenReason = hide ? reason : null;
        } else {
            target.idea().hiddenAt = hide ? now : null;
            target.idea().hiddenReason = hide ? reason : null;
        }
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

    /** A target the public can see: reporting hidden or withdrawn content is 404. */
    private Target publicTarget(String type, UUID id) {
        Target target = anyTarget(type, id);
        boolean visible = !target.hidden()
                && target.idea().status != IdeaStatus.WITHDRAWN
                && !target.idea().isHidden()
                && (target.comment() == null || !target.comment().isDeleted());
        if (!visible) {
            throw ProblemException.notFound(type, id);
        }
        return target;
    }

    private Target anyTarget(String type, UUID id) {
        Comment comment = null;
        Idea idea;
        switch (type) {
            case "idea" -> idea = db.find(Idea.class, id);
            case "comment" -> {
                comment = db.find(Comment.class, id);
                idea = comment == null ? null : db.find(Idea.class, comment.ideaId);
            }
            default -> throw ProblemException.notFound("kind of content", type);
        }
        if (idea == null) {
            throw ProblemException.notFound(type, id);
        }
        ServiceRef service = services.refs(List.of(idea.serviceId)).get(idea.serviceId);
        if (service == null) {
            throw ProblemException.notFound(type, id);
        }
        return new Target(type, id, idea, comment, service);
    }
}
