package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Co-delivery figures for the evidence pages: the record's counts from a daily rollup rebuilt in
 * the background, the staff monitors' counts of people from the rows themselves.
 */
@ApplicationScoped
public class DeliveryStatistics {
    private final EntityManager db;

    DeliveryStatistics(EntityManager db) {
        this.db = db;
    }

    /**
     * Rebuilds the co-delivery rollup from shifts, sign-ups and contributions, days in {@code zone}.
     * Runs inside the evidence refresh's transaction, so readers see the old rollup until it commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshRollups(ZoneId zone) {
        db.createNativeQuery("DELETE FROM delivery_activity_days").executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO delivery_activity_days (service_id, day, shifts, places, places_filled, attended, no_shows,
                                                            approved_hours, contributions, contribution_hours)
                        SELECT service_id, day, sum(shifts), sum(places), sum(filled), sum(attended), sum(no_shows),
                               sum(approved), sum(contributions), sum(contribution_hours)
                        FROM (
                            SELECT o.service_id, (s.starts_at AT TIME ZONE ?1)::date AS day, count(*) AS shifts,
                                   sum(s.capacity + s.extra_places) AS places, sum(s.confirmed_count) AS filled,
                                   0 AS attended, 0 AS no_shows, 0::numeric AS approved, 0 AS contributions,
                                   0::numeric AS contribution_hours
                            FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id GROUP BY 1, 2
                            UNION ALL
                            SELECT o.service_id, (s.starts_at AT TIME ZONE ?1)::date, 0, 0, 0,
                                   count(*) FILTER (WHERE g.attendance = 'ATTENDED'),
                                   count(*) FILTER (WHERE g.attendance = 'NO_SHOW'),
                                   coalesce(sum(g.hours) FILTER (WHERE g.hours_approved_at IS NOT NULL), 0), 0, 0
                            FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                            WHERE g.attendance IS NOT NULL GROUP BY 1, 2
                            UNION ALL
                            SELECT service_id, happened_on, 0, 0, 0, 0, 0, 0, count(*), coalesce(sum(hours), 0)
                            FROM contributions GROUP BY 1, 2
                        ) parts
                        GROUP BY service_id, day
                        """).setParameter(1, zone.getId()).executeUpdate();
    }

    /**
     * Each service's co-delivery figures for the local days {@code first} to {@code last}
     * (inclusive), read from the rollup as last refreshed. Services without activity are left out.
     */
    @Transactional
    public Map<UUID, DeliveryActivity> activity(Collection<UUID> serviceIds, LocalDate first, LocalDate last) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, long[]> counts = new HashMap<>();
        Map<UUID, BigDecimal[]> hours = new HashMap<>();
        Map<UUID, Map<LocalDate, Long>> action = new HashMap<>();
        Map<UUID, Map<LocalDate, BigDecimal>> hoursByMonth = new HashMap<>();
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, date_trunc('month', day)::date, sum(shifts), sum(places), sum(places_filled),
                               sum(attended), sum(no_shows), sum(contributions), sum(approved_hours), sum(contribution_hours)
                        FROM delivery_activity_days WHERE service_id IN (?1) AND day BETWEEN ?2 AND ?3
                        GROUP BY 1, 2
                        """)
                .setParameter(1, serviceIds)
                .setParameter(2, first)
                .setParameter(3, last)
                .getResultList()) {
            Object[] c = (Object[]) row;
            UUID service = (UUID) c[0];
            LocalDate month = date(c[1]);
            long[] sums = counts.computeIfAbsent(service, id -> new long[6]);
            for (int i = 0; i < 6; i++) {
                sums[i] += ((Number) c[2 + i]).longValue();
            }
            BigDecimal approved = (BigDecimal) c[8];
            BigDecimal given = (BigDecimal) c[9];
            BigDecimal[] hourSums =
                    hours.computeIfAbsent(service, id -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            hourSums[0] = hourSums[0].add(approved);
            hourSums[1] = hourSums[1].add(given);
            long acts = ((Number) c[5]).longValue() + ((Number) c[7]).longValue();
            action.computeIfAbsent(service, id -> new TreeMap<>()).merge(month, acts, Long::sum);
            hoursByMonth
                    .computeIfAbsent(service, id -> new TreeMap<>())
                    .merge(month, approved.add(given), BigDecimal::add);
        }
        Map<UUID, DeliveryActivity> activity = new HashMap<>();
        counts.forEach((service, sums) -> activity.put(
                service,
                new DeliveryActivity(
                        sums[0],
                        sums[1],
                        sums[2],
                        sums[3],
                        sums[4],
                        hours.get(service)[0],
                        sums[5],
                        hours.get(service)[1],
                        action.get(service),
                        hoursByMonth.get(service))));
        return activity;
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

    /** The people who attended the service's shifts or recorded everyday help for it in the period. */
    @Transactional
    public java.util.Set<UUID> activePeople(UUID serviceId, Instant from, Instant to) {
        List<?> rows = db.createNativeQuery("""
                        SELECT g.person_id FROM signups g JOIN shifts s ON s.id = g.shift_id
                        JOIN opportunities o ON o.id = s.opportunity_id
                        WHERE o.service_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3 AND g.attendance = 'ATTENDED'
                        UNION
                        SELECT person_id FROM contributions WHERE service_id = ?1 AND created_at >= ?2 AND created_at < ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        java.util.Set<UUID> people = new java.util.HashSet<>();
        rows.stream().filter(java.util.Objects::nonNull).forEach(row -> people.add((UUID) row));
        return people;
    }

    /**
     * Of the people with a confirmed sign-up on the service's shifts starting in the period: how many
     * committed to more than {@code hours} hours of shifts across <em>all</em> services in that period
     * (a volunteer's load does not stop at one service), and how many had at least {@code noShows}
     * no-shows on this service's shifts.
     */
    @Transactional
    public long[] burden(UUID serviceId, Instant from, Instant to, BigDecimal hours, int noShows) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        WITH here AS (
                            SELECT g.person_id, count(*) FILTER (WHERE g.attendance = 'NO_SHOW') AS no_shows
                            FROM signups g JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                            WHERE o.service_id = ?1 AND s.starts_at >= ?2 AND s.starts_at < ?3 AND g.status = 'CONFIRMED'
                            GROUP BY g.person_id),
                        everywhere AS (
                            SELECT g.person_id, sum(extract(epoch FROM s.ends_at - s.starts_at) / 3600) AS committed
                            FROM signups g JOIN shifts s ON s.id = g.shift_id
                            WHERE g.person_id IN (SELECT person_id FROM here)
                              AND s.starts_at >= ?2 AND s.starts_at < ?3 AND g.status = 'CONFIRMED'
                            GROUP BY g.person_id)
                        SELECT count(*) FILTER (WHERE e.committed > ?4), count(*) FILTER (WHERE h.no_shows >= ?5)
                        FROM here h JOIN everywhere e ON e.person_id = h.person_id
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
