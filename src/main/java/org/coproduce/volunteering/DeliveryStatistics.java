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
}
