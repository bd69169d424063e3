package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.database.SqlValues;

/** Staff set up opportunities and their shifts; everyone browses the published ones. */
@ApplicationScoped
public class Opportunities {
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager db;
    private final PublicServices services;
    private final VolunteeringPermissions permissions;
    private final ShiftViews shiftViews;
    private final AuditLog audit;
    private final org.coproduce.catalogue.CataloguePermissions catalogue;
    private final Clock clock;

    Opportunities(
            EntityManager db,
            PublicServices services,
            VolunteeringPermissions permissions,
            ShiftViews shiftViews,
            AuditLog audit,
            org.coproduce.catalogue.CataloguePermissions catalogue,
            Clock clock) {
        this.db = db;
        this.services = services;
        this.permissions = permissions;
        this.shiftViews = shiftViews;
        this.audit = audit;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** What a list of opportunities is narrowed to. */
    record Filter(
            UUID serviceId, Instant from, Instant to, String place, boolean hasPlaces, String cursor, int limit) {}

    @Transactional
    public OpportunityView create(OpportunityInput input) {
        ServiceRef service = service(input.serviceId());
        permissions.requireCanManage(service);
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.serviceId = service.id();
        opportunity.createdAt = clock.instant();
        apply(input, opportunity);
        db.persist(opportunity);
        db.flush();
        record("opportunity.created", opportunity, service, "Created the opportunity '" + opportunity.title + "'");
        return views(List.of(opportunity)).get(0);
    }

    @Transactional
    public OpportunityView update(UUID id, String ifMatch, OpportunityInput input) {
        Opportunity opportunity = managed(id);
        ServiceRef service = service(opportunity.serviceId);
        ETags.requireMatch(ifMatch, opportunity.version);
        if (!opportunity.serviceId.equals(input.serviceId())) {
            throw ProblemException.invalidField("serviceId", "cannot be changed");
        }
        apply(input, opportunity);
        db.flush();
        record("opportunity.updated", opportunity, service, "Changed the opportunity '" + opportunity.title + "'");
        return views(List.of(opportunity)).get(0);
    }

    @Transactional
    public OpportunityView get(UUID id) {
        return views(List.of(visible(id))).get(0);
    }

    /** Published opportunities, newest first, narrowed by the filter. */
    @Transactional
    public OpportunityPage page(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql =
                new StringBuilder("SELECT o.id, o.created_at FROM opportunities o WHERE o.state = 'PUBLISHED'");
        if (filter.serviceId() != null) {
            sql.append(" AND o.service_id = :service");
            parameters.put("service", filter.serviceId());
        }
        if (filter.place() != null && !filter.place().isBlank()) {
            sql.append(" AND o.place_name ILIKE :place");
            parameters.put(
                    "place", "%" + filter.place().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null || filter.to() != null || filter.hasPlaces()) {
            sql.append(" AND EXISTS (SELECT 1 FROM shifts s WHERE s.opportunity_id = o.id");
            if (filter.from() != null) {
                sql.append(" AND s.starts_at >= :from");
                parameters.put("from", Timestamp.from(filter.from()));
            }
            if (filter.to() != null) {
                sql.append(" AND s.starts_at < :to");
                parameters.put("to", Timestamp.from(filter.to()));
            }
            if (filter.hasPlaces()) {
                sql.append(" AND s.confirmed_count < s.capacity AND s.signup_closes_at > :now");
                parameters.put("now", Timestamp.from(clock.instant()));
            }
            sql.append(")");
        }
        if (filter.cursor() != null) {
            List<String> after = Cursors.decode(filter.cursor(), 2);
            sql.append(" AND (o.created_at, o.id) < (:afterAt, :afterId)");
            try {
                parameters.put("afterAt", Timestamp.from(Instant.parse(after.get(0))));
                parameters.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        sql.append(" ORDER BY o.created_at DESC, o.id DESC LIMIT ").append(filter.limit() + 1);
        Query query = db.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        KeysetPage<Object[]> page = KeysetPage.of(
                rows, filter.limit(), row -> List.of(SqlValues.instant(row[1]).toString(), row[0].toString()));
        List<UUID> ids = page.rows().stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Opportunity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            db.createQuery("from Opportunity where id in :ids", Opportunity.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(o -> byId.put(o.id, o));
        }
        return new OpportunityPage(views(ids.stream().map(byId::get).toList()), page.nextCursor());
    }

    @Transactional
    public ShiftView addShift(UUID opportunityId, ShiftInput input) {
        Opportunity opportunity = managed(opportunityId);
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.opportunityId = opportunity.id;
        shift.checkInCode = newCheckInCode();
        shift.createdAt = clock.instant();
        applyShift(input, shift);
        db.persist(shift);
        db.flush();
        record(
                "shift.created",
                opportunity,
                service(opportunity.serviceId),
                "Added a shift at " + shift.startsAt + " to '" + opportunity.title + "'");
        return shiftViews.of(shift, true);
    }

    @Transactional
    public ShiftView updateShift(UUID shiftId, String ifMatch, ShiftInput input) {
        Shift shift = db.find(Shift.class, shiftId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (shift == null) {
            throw ProblemException.notFound("shift", shiftId);
        }
        Opportunity opportunity = managed(shift.opportunityId);
        ETags.requireMatch(ifMatch, shift.version);
        if (input.capacity() < shift.confirmedCount) {
            throw ProblemException.conflict("This shift already has " + shift.confirmedCount
                    + " confirmed volunteers: remove or move some before lowering its places to " + input.capacity()
                    + ".");
        }
        applyShift(input, shift);
        shift.extraPlaces = Math.max(0, shift.confirmedCount - shift.capacity);
        db.flush();
        record(
                "shift.updated",
                opportunity,
                service(opportunity.serviceId),
                "Changed the shift at " + shift.startsAt + " of '" + opportunity.title + "'");
        return shiftViews.of(shift, true);
    }

    @Transactional
    public ShiftPage shifts(UUID opportunityId, boolean upcomingOnly, String cursor, int limit) {
        Opportunity opportunity = visible(opportunityId);
        boolean staff = permissions.canManage(service(opportunity.serviceId));
        StringBuilder jpql = new StringBuilder("from Shift where opportunityId = :opportunity");
        if (upcomingOnly) {
            jpql.append(" and endsAt > :now");
        }
        if (cursor != null) {
            jpql.append(" and (startsAt > :afterAt or (startsAt = :afterAt and id > :afterId))");
        }
        var query = db.createQuery(jpql.append(" order by startsAt, id").toString(), Shift.class)
                .setParameter("opportunity", opportunityId)
                .setMaxResults(limit + 1);
        if (upcomingOnly) {
            query.setParameter("now", clock.instant());
        }
        if (cursor != null) {
            List<String> after = Cursors.decode(cursor, 2);
            try {
                query.setParameter("afterAt", Instant.parse(after.get(0)))
                        .setParameter("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        KeysetPage<Shift> page =
                KeysetPage.of(query.getResultList(), limit, s -> List.of(s.startsAt.toString(), s.id.toString()));
        return new ShiftPage(
                page.rows().stream().map(s -> shiftViews.of(s, staff)).toList(), page.nextCursor());
    }

    @Transactional
    public ShiftView shift(UUID shiftId) {
        Shift shift = db.find(Shift.class, shiftId);
        if (shift == null) {
            throw ProblemException.notFound("shift", shiftId);
        }
        Opportunity opportunity = visible(shift.opportunityId);
        return shiftViews.of(shift, permissions.canManage(service(opportunity.serviceId)));
    }

    /** The opportunity, or 404 when it is a draft the caller may not manage. */
    Opportunity visible(UUID id) {
        Opportunity opportunity = db.find(Opportunity.class, id);
        if (opportunity == null
                || opportunity.state == OpportunityState.DRAFT
                        && !permissions.canManage(service(opportunity.serviceId))) {
            throw ProblemException.notFound("opportunity", id);
        }
        return opportunity;
    }

    /** The opportunity for staff of its organisation: 404 for drafts others may not see, 403 otherwise. */
    Opportunity managed(UUID id) {
        Opportunity opportunity = visible(id);
        permissions.requireCanManage(service(opportunity.serviceId));
        return opportunity;
    }

    ServiceRef service(UUID serviceId) {
        ServiceRef service = services.refs(List.of(serviceId)).get(serviceId);
        if (service == null) {
            throw ProblemException.invalidField("serviceId", "is not a service in the catalogue");
        }
        return service;
    }

    private List<OpportunityView> views(List<Opportunity> opportunities) {
        if (opportunities.isEmpty()) {
            return List.of();
        }
        Map<UUID, ServiceRef> refs = services.refs(
                opportunities.stream().map(o -> o.serviceId).distinct().toList());
        Timestamp now = Timestamp.from(clock.instant());
        @SuppressWarnings("unchecked")
        List<Object[]> upcoming = db.createNativeQuery("""
                        SELECT opportunity_id,
                               min(starts_at) FILTER (WHERE signup_closes_at > ?2),
                               coalesce(sum(greatest(capacity - confirmed_count, 0)) FILTER (WHERE signup_closes_at > ?2), 0)
                        FROM shifts WHERE opportunity_id = ANY(CAST(?1 AS uuid[])) GROUP BY opportunity_id
                        """)
                .setParameter(1, opportunities.stream().map(o -> o.id).toArray(UUID[]::new))
                .setParameter(2, now)
                .getResultList();
        Map<UUID, Object[]> byOpportunity = new HashMap<>();
        upcoming.forEach(row -> byOpportunity.put((UUID) row[0], row));
        return opportunities.stream()
                .map(o -> {
                    Object[] next = byOpportunity.get(o.id);
                    return new OpportunityView(
                            o.id,
                            refs.get(o.serviceId),
                            o.title,
                            o.description,
                            o.placeName,
                            o.latitude,
                            o.longitude,
                            List.of(o.skills),
                            o.whatToBring,
                            o.minimumAge,
                            List.of(o.checks),
                            o.state,
                            next == null ? null : SqlValues.instant(next[1]),
                            next == null ? 0 : ((Number) next[2]).intValue(),
                            o.version,
                            o.createdAt,
                            o.updatedAt);
                })
                .toList();
    }

    private void apply(OpportunityInput input, Opportunity opportunity) {
        if ((input.latitude() == null) != (input.longitude() == null)) {
            throw ProblemException.invalidField("longitude", "latitude and longitude go together");
        }
        opportunity.title = input.title().strip();
        opportunity.description = input.description().strip();
        opportunity.placeName = blankToNull(input.placeName());
        opportunity.latitude = input.latitude();
        opportunity.longitude = input.longitude();
        opportunity.skills = normalised(input.skills());
        opportunity.whatToBring = blankToNull(input.whatToBring());
        opportunity.minimumAge = input.minimumAge();
        opportunity.checks = normalised(input.checks());
        opportunity.state = input.state() == null ? OpportunityState.DRAFT : input.state();
        opportunity.updatedAt = clock.instant();
    }

    private void applyShift(ShiftInput input, Shift shift) {
        Instant now = clock.instant();
        shift.startsAt = input.startsAt();
        shift.endsAt = input.endsAt();
        shift.capacity = input.capacity();
        shift.signupOpensAt = input.signupOpensAt() == null ? now : input.signupOpensAt();
        shift.signupClosesAt = input.signupClosesAt() == null ? input.startsAt() : input.signupClosesAt();
        shift.cancelDeadline =
                input.cancelDeadline() == null ? input.startsAt().minus(Duration.ofHours(24)) : input.cancelDeadline();
        if (!shift.endsAt.isAfter(shift.startsAt)) {
            throw ProblemException.invalidField("endsAt", "must be after the start");
        }
        if (shift.length().compareTo(Duration.ofHours(24)) > 0) {
            throw ProblemException.invalidField("endsAt", "a shift lasts at most 24 hours");
        }
        if (!shift.signupClosesAt.isAfter(shift.signupOpensAt)) {
            throw ProblemException.invalidField("signupClosesAt", "must be after sign-up opens");
        }
        if (shift.signupClosesAt.isAfter(shift.endsAt)) {
            throw ProblemException.invalidField("signupClosesAt", "must be no later than the end of the shift");
        }
        if (shift.cancelDeadline.isAfter(shift.startsAt)) {
            throw ProblemException.invalidField("cancelDeadline", "must be no later than the start of the shift");
        }
        shift.updatedAt = now;
    }

    private void record(String action, Opportunity opportunity, ServiceRef service, String summary) {
        audit.record(new AuditLog.Change(
                catalogue.actor().id(),
                catalogue.actorSubject(),
                action,
                "opportunity",
                opportunity.id,
                service.organisationId(),
                summary));
    }

    private static String[] normalised(List<String> values) {
        return values == null
                ? new String[0]
                : values.stream()
                        .map(v -> v.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toArray(String[]::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String newCheckInCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
