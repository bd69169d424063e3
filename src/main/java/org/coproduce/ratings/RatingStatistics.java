package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
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
     * @param fromMonth first day of the first month counted
     * @param toMonth first day of the month after the last one counted
     */
    @Transactional
    public AssessmentActivity activity(
            UUID serviceId, LocalDate fromMonth, LocalDate toMonth, Instant from, Instant to) {
        Map<LocalDate, Long> byMonth = new TreeMap<>();
        long count = 0;
        long sum = 0;
        long low = 0;
        long high = 0;
        for (Object row : db.createNativeQuery("""
                        SELECT month, rating_count, overall_sum, low_count, high_count FROM rating_months
                        WHERE service_id = ?1 AND month >= ?2 AND month < ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, fromMonth)
                .setParameter(3, toMonth)
                .getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate month = c[0] instanceof Date d ? d.toLocalDate() : (LocalDate) c[0];
            long monthCount = ((Number) c[1]).longValue();
            byMonth.put(month, monthCount);
            count += monthCount;
            sum += ((Number) c[2]).longValue();
            low += ((Number) c[3]).longValue();
            high += ((Number) c[4]).longValue();
        }
        Object[] changes = (Object[]) db.createNativeQuery("""
                        SELECT count(*), count(done_at), count(*) FILTER (WHERE answer = 'YES'),
                               count(*) FILTER (WHERE answer = 'PARTLY'), count(*) FILTER (WHERE answer = 'NO')
                        FROM rating_changes WHERE service_id = ?1 AND committed_at >= ?2 AND committed_at < ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult();
        boolean enough = count >= RatingSummaries.MINIMUM_TO_SHOW;
        return new AssessmentActivity(
                count,
                enough ? RatingSummaries.mean(sum, count) : null,
                enough ? RatingSummaries.netScore(high, low, count) : null,
                ((Number) changes[0]).longValue(),
                ((Number) changes[1]).longValue(),
                ((Number) changes[2]).longValue(),
                ((Number) changes[3]).longValue(),
                ((Number) changes[4]).longValue(),
                byMonth);
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
