package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;
import org.coproduce.shared.database.SqlValues;
import org.coproduce.shared.time.InstanceTime;

/**
 * Everyday contributions: the "intrinsic" co-production services never see, recorded by the
 * citizen against a service with a kind from the service's list, counted apart from shifts.
 */
@ApplicationScoped
public class Contributions {
    private final EntityManager db;
    private final PublicServices services;
    private final Opportunities opportunities;
    private final VolunteeringPermissions permissions;
    private final People people;
    private final RateLimits rateLimits;
    private final InstanceTime time;
    private final Clock clock;

    Contributions(
            EntityManager db,
            PublicServices services,
            Opportunities opportunities,
            VolunteeringPermissions permissions,
            People people,
            RateLimits rateLimits,
            InstanceTime time,
            Clock clock) {
        this.db = db;
        this.services = services;
        this.opportunities = opportunities;
        this.permissions = permissions;
        this.people = people;
        this.rateLimits = rateLimits;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    public ContributionKindList kinds(UUID serviceId) {
        service(serviceId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery(
                        "SELECT id, name FROM contribution_kinds WHERE service_id = ?1 ORDER BY lower(name), id")
                .setParameter(1, serviceId)
                .getResultList();
        return new ContributionKindList(rows.stream()
                .map(row -> new ContributionKindView((UUID) row[0], serviceId, (String) row[1]))
                .toList());
    }

    /** Staff add a kind to their service's list; adding the same name again returns the existing one. */
    @Transactional
    public ContributionKindView addKind(ContributionKindInput input) {
        ServiceRef service = service(input.serviceId());
        permissions.requireCanManage(service);
        String name = input.name().strip();
        db.createNativeQuery("INSERT INTO contribution_kinds (id, service_id, name) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, service.id())
                .setParameter(3, name)
                .executeUpdate();
        Object[] row = (Object[]) db.createNativeQuery(
                        "SELECT id, name FROM contribution_kinds WHERE service_id = ?1 AND lower(name) = lower(?2)")
                .setParameter(1, service.id())
                .setParameter(2, name)
                .getSingleResult();
        return new ContributionKindView((UUID) row[0], service.id(), (String) row[1]);
    }

    @Transactional
    public ContributionView record(ContributionInput input) {
        UUID me = people.me().id();
        rateLimits.hit(me.toString(), "contribution");
        ServiceRef service = service(input.serviceId());
        ContributionKindView kind = kinds(service.id()).items().stream()
                .filter(k -> k.id().equals(input.kindId()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField("kindId", "is not one of this service's kinds"));
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        if (input.date().isAfter(today)) {
            throw ProblemException.invalidField("date", "cannot be in the future");
        }
        if (input.date().isBefore(today.minusYears(1))) {
            throw ProblemException.invalidField("date", "must be within the last year");
        }
        UUID id = UUID.randomUUID();
        String note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        db.createNativeQuery("""
                        INSERT INTO contributions (id, person_id, service_id, kind_id, happened_on, hours, note, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        """)
                .setParameter(1, id)
                .setParameter(2, me)
                .setParameter(3, service.id())
                .setParameter(4, kind.id())
                .setParameter(5, Date.valueOf(input.date()))
                .setParameter(6, input.hours())
                .setParameter(7, note)
                .setParameter(8, Timestamp.from(clock.instant()))
                .executeUpdate();
        return new ContributionView(id, service, kind, input.date(), input.hours(), note, clock.instant());
    }

    /** My contributions, latest first. */
    @Transactional
    public ContributionPage mine(String cursor, int limit) {
        UUID me = people.me().id();
        String after = "";
        LocalDate afterDate = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(cursor, 2);
            try {
                afterDate = LocalDate.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
            after = " AND (c.happened_on, c.id) < (?2, ?3)";
        }
        var query = db.createNativeQuery("SELECT c.id, c.service_id, c.kind_id, k.name, c.happened_on, c.hours,"
                        + " c.note, c.created_at FROM contributions c JOIN contribution_kinds k ON k.id = c.kind_id"
                        + " WHERE c.person_id = ?1" + after + " ORDER BY c.happened_on DESC, c.id DESC LIMIT "
                        + (limit + 1))
                .setParameter(1, me);
        if (cursor != null) {
            query.setParameter(2, Date.valueOf(afterDate)).setParameter(3, afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        KeysetPage<Object[]> page =
                KeysetPage.of(rows, limit, row -> List.of(date(row[4]).toString(), row[0].toString()));
        Map<UUID, ServiceRef> refs = services.refs(
                page.rows().stream().map(row -> (UUID) row[1]).distinct().toList());
        return new ContributionPage(
                page.rows().stream()
                        .map(row -> new ContributionView(
                                (UUID) row[0],
                                refs.get((UUID) row[1]),
                                new ContributionKindView((UUID) row[2], (UUID) row[1], (String) row[3]),
                                date(row[4]),
                                (BigDecimal) row[5],
                                (String) row[6],
                                SqlValues.instant(row[7])))
                        .toList(),
                page.nextCursor());
    }

    @Transactional
    public void delete(UUID id) {
        int deleted = db.createNativeQuery("DELETE FROM contributions WHERE id = ?1 AND person_id = ?2")
                .setParameter(1, id)
                .setParameter(2, people.me().id())
                .executeUpdate();
        if (deleted == 0) {
            throw ProblemException.notFound("contribution", id);
        }
    }

    /** How many contributions a person recorded, and their hours. */
    record Totals(int count, BigDecimal hours) {}

    /** A person's totals: counted apart from shift hours. */
    Totals totalsOf(UUID personId) {
        Object[] row = (Object[])
                db.createNativeQuery("SELECT count(*), coalesce(sum(hours), 0) FROM contributions WHERE person_id = ?1")
                        .setParameter(1, personId)
                        .getSingleResult();
        return new Totals(((Number) row[0]).intValue(), (BigDecimal) row[1]);
    }

    private ServiceRef service(UUID serviceId) {
        return opportunities.service(serviceId);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
