package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coproduce.shared.time.InstanceTime;

/** Co-delivery figures for a service and a period, counted set-based on the service's indexes. */
@ApplicationScoped
public class DeliveryStatistics {
    private final EntityManager db;
    private final InstanceTime time;

    DeliveryStatistics(EntityManager db, InstanceTime time) {
        this.db = db;
        this.time = time;
    }

    @Transactional
    public DeliveryActivity activity(UUID serviceId, Instant from, Instant to) {
        String zone = time.zone().getId();
        Object[] shifts = (Object[]) db.createNativeQuery("""
                        SELECT count(*), coalesce(sum(s.capacity + s.extra_places), 0), coalesce(sum(s.confirmed_count), 0)
                        FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id
                        WHERE o.service_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult();
        Map<LocalDate, Long> action = new TreeMap<>();
        Map<LocalDate, BigDecimal> hours = new TreeMap<>();
        long attended = 0;
        long noShows = 0;
        BigDecimal approved = BigDecimal.ZERO;
        for (Object row : db.createNativeQuery("""
                        SELECT date_trunc('month', s.starts_at AT TIME ZONE ?4)::date,
                               count(*) FILTER (WHERE g.attendance = 'ATTENDED'),
                               count(*) FILTER (WHERE g.attendance = 'NO_SHOW'),
                               coalesce(sum(g.hours) FILTER (WHERE g.hours_approved_at IS NOT NULL), 0)
                        FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                        WHERE o.service_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3 AND g.attendance IS NOT NULL
                        GROUP BY 1
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, zone)
                .getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate month = date(c[0]);
            attended += ((Number) c[1]).longValue();
            noShows += ((Number) c[2]).longValue();
            approved = approved.add((BigDecimal) c[3]);
            action.merge(month, ((Number) c[1]).longValue(), Long::sum);
            hours.merge(month, (BigDecimal) c[3], BigDecimal::add);
        }
        long contributions = 0;
        BigDecimal contributionHours = BigDecimal.ZERO;
        LocalDate fromDay = from.atZone(time.zone()).toLocalDate();
        LocalDate toDay = to.atZone(time.zone()).toLocalDate();
        List<?> rows = db.createNativeQuery("""
                        SELECT date_trunc('month', happened_on)::date, count(*), coalesce(sum(hours), 0) FROM contributions
                        WHERE service_id = ?1 AND happened_on >= ?2 AND happened_on < ?3 GROUP BY 1
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, fromDay)
                .setParameter(3, toDay)
                .getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            contributions += ((Number) c[1]).longValue();
            contributionHours = contributionHours.add((BigDecimal) c[2]);
            action.merge(date(c[0]), ((Number) c[1]).longValue(), Long::sum);
            hours.merge(date(c[0]), (BigDecimal) c[2], BigDecimal::add);
        }
        return new DeliveryActivity(
                ((Number) shifts[0]).longValue(),
                ((Number) shifts[1]).longValue(),
                ((Number) shifts[2]).longValue(),
                attended,
                noShows,
                approved,
                contributions,
                contributionHours,
                action,
                hours);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** How many attendances and contributions each person gave the service in the period. */
    @Transactional
    public long[] actsPerPerson(UUID serviceId, Instant from, Instant to) {
        List<?> rows = db.createNativeQuery("""
                        SELECT count(*) FROM (
                            SELECT g.person_id AS person FROM signups g JOIN shifts s ON s.id = g.shift_id
                            JOIN opportunities o ON o.id = s.opportunity_id
                            WHERE o.service_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3 AND g.attendance = 'ATTENDED'
                            UNION ALL
                            SELECT person_id FROM contributions
                            WHERE service_id = ?1 AND created_at >= ?2 AND created_at < ?3) acts
                        GROUP BY person
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream().mapToLong(row -> ((Number) row).longValue()).toArray();
    }

    /**
     * People who committed to more than {@code hours} hours of the service's shifts starting in the
     * period (confirmed sign-ups), and people with at least {@code noShows} no-shows on them.
     */
    @Transactional
    public long[] burden(UUID serviceId, Instant from, Instant to, BigDecimal hours, int noShows) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE committed > ?4), count(*) FILTER (WHERE no_shows >= ?5) FROM (
                            SELECT g.person_id,
                                   sum(extract(epoch FROM s.ends_at - s.starts_at) / 3600) AS committed,
                                   count(*) FILTER (WHERE g.attendance = 'NO_SHOW') AS no_shows
                            FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                            WHERE o.service_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3 AND g.status = 'CONFIRMED'
                            GROUP BY g.person_id) people
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, hours)
                .setParameter(5, noShows)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
