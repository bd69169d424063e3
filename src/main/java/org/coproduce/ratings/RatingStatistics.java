package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Co-assessment figures for a service and a period: ratings from the monthly rollup, never the raw rows. */
@ApplicationScoped
public class RatingStatistics {
    private final EntityManager db;

    RatingStatistics(EntityManager db) {
        this.db = db;
    }

    /**
     * Each service's co-assessment for a period. Ratings come from the monthly rollup (whole months);
     * changes are those committed between {@code from} and {@code to}. Services with neither are left out.
     *
     * @param fromMonth first day of the first month counted
     * @param toMonth first day of the month after the last one counted
     */
    @Transactional
    public Map<UUID, AssessmentActivity> activity(
            Collection<UUID> serviceIds, LocalDate fromMonth, LocalDate toMonth, Instant from, Instant to) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, long[]> sums = new HashMap<>();
        Map<UUID, Map<LocalDate, Long>> byMonth = new HashMap<>();
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, month, rating_count, overall_sum, low_count, high_count FROM rating_months
                        WHERE service_id IN (?1) AND month >= ?2 AND month < ?3
                        """)
                .setParameter(1, serviceIds)
                .setParameter(2, fromMonth)
                .setParameter(3, toMonth)
                .getResultList()) {
            Object[] c = (Object[]) row;
            UUID service = (UUID) c[0];
            LocalDate month = c[1] instanceof Date d ? d.toLocalDate() : (LocalDate) c[1];
            long[] s = sums.computeIfAbsent(service, id -> new long[9]);
            for (int i = 0; i < 4; i++) {
                s[i] += ((Number) c[2 + i]).longValue();
            }
            byMonth.computeIfAbsent(service, id -> new TreeMap<>()).put(month, ((Number) c[2]).longValue());
        }
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, count(*), count(done_at), count(*) FILTER (WHERE answer = 'YES'),
                               count(*) FILTER (WHERE answer = 'PARTLY'), count(*) FILTER (WHERE answer = 'NO')
                        FROM rating_changes WHERE service_id IN (?1) AND committed_at >= ?2 AND committed_at < ?3
                        GROUP BY service_id
                        """)
                .setParameter(1, serviceIds)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList()) {
            Object[] c = (Object[]) row;
            long[] s = sums.computeIfAbsent((UUID) c[0], id -> new long[9]);
            for (int i = 0; i < 5; i++) {
                s[4 + i] = ((Number) c[1 + i]).longValue();
            }
        }
        Map<UUID, AssessmentActivity> activity = new HashMap<>();
        sums.forEach((service, s) -> {
            long count = s[0];
            boolean enough = count >= RatingSummaries.MINIMUM_TO_SHOW;
            activity.put(
                    service,
                    new AssessmentActivity(
                            count,
                            enough ? RatingSummaries.mean(s[1], count) : null,
                            enough ? RatingSummaries.netScore(s[3], s[2], count) : null,
                            s[4],
                            s[5],
                            s[6],
                            s[7],
                            s[8],
                            byMonth.getOrDefault(service, Map.of())));
        });
        return activity;
    }

    /** How many ratings each person gave the service in the period (imported ratings have no person). */
    @Transactional
    public long[] perPerson(UUID serviceId, Instant from, Instant to) {
        List<?> rows = db.createNativeQuery("""
                        SELECT count(*) FROM ratings WHERE service_id = ?1 AND person_id IS NOT NULL
                          AND rated_at >= ?2 AND rated_at < ?3 GROUP BY person_id
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream().mapToLong(row -> ((Number) row).longValue()).toArray();
    }

    /** The people who rated the service in the period (imported ratings have no person). */
    @Transactional
    public java.util.Set<UUID> activePeople(UUID serviceId, Instant from, Instant to) {
        List<?> rows = db.createNativeQuery("""
                        SELECT DISTINCT person_id FROM ratings
                        WHERE service_id = ?1 AND person_id IS NOT NULL AND rated_at >= ?2 AND rated_at < ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        java.util.Set<UUID> people = new java.util.HashSet<>();
        rows.forEach(row -> people.add((UUID) row));
        return people;
    }

    /** Visible reviews with no reply yet. */
    @Transactional
    public long reviewsWithoutReply(UUID serviceId) {
        return ((Number) db.createNativeQuery("""
                        SELECT count(*) FROM ratings r WHERE r.service_id = ?1 AND r.review IS NOT NULL AND r.hidden_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM rating_replies p WHERE p.rating_id = r.id)
                        """).setParameter(1, serviceId).getSingleResult()).longValue();
    }

    /** One month of a service's ratings, for open data: mean and net score only from 5 ratings. */
    public record Month(LocalDate month, long ratings, java.math.BigDecimal mean, java.math.BigDecimal netScore) {}

    /** Every month of every service with ratings, oldest first, from the monthly rollup. */
    @Transactional
    public Map<UUID, List<Month>> allMonths() {
        Map<UUID, List<Month>> months = new java.util.LinkedHashMap<>();
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, month, rating_count, overall_sum, low_count, high_count FROM rating_months
                        WHERE rating_count > 0 ORDER BY service_id, month
                        """).getResultList()) {
            Object[] c = (Object[]) row;
            long count = ((Number) c[2]).longValue();
            boolean enough = count >= RatingSummaries.MINIMUM_TO_SHOW;
            LocalDate month = c[1] instanceof Date d ? d.toLocalDate() : (LocalDate) c[1];
            months.computeIfAbsent((UUID) c[0], id -> new java.util.ArrayList<>())
                    .add(new Month(
                            month,
                            count,
                            enough ? RatingSummaries.mean(((Number) c[3]).longValue(), count) : null,
                            enough
                                    ? RatingSummaries.netScore(
                                            ((Number) c[5]).longValue(), ((Number) c[4]).longValue(), count)
                                    : null));
        }
        return months;
    }
}
