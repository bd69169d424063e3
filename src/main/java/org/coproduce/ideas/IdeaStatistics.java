package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coproduce.shared.time.InstanceTime;

/** Co-design figures for a service and a period, counted set-based on the service's indexes. */
@ApplicationScoped
public class IdeaStatistics {
    private final EntityManager db;
    private final InstanceTime time;

    IdeaStatistics(EntityManager db, InstanceTime time) {
        this.db = db;
        this.time = time;
    }

    @Transactional
    public IdeaActivity activity(UUID serviceId, Instant from, Instant to) {
        Object[] ideas = (Object[]) db.createNativeQuery("""
                        WITH period AS (
                            SELECT i.id, i.status, i.created_at,
                                   (SELECT min(a.created_at) FROM idea_answers a
                                    WHERE a.idea_id = i.id AND a.answer IS NOT NULL) AS first_answer
                            FROM ideas i
                            WHERE i.service_id = ?1 AND i.created_at >= ?2 AND i.created_at < ?3 AND i.status <> 'WITHDRAWN')
                        SELECT count(*), count(first_answer),
                               percentile_cont(0.5) WITHIN GROUP (
                                   ORDER BY extract(epoch FROM first_answer - created_at) / 86400),
                               count(*) FILTER (WHERE status IN ('ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED')),
                               count(*) FILTER (WHERE status = 'IMPLEMENTED')
                        FROM period
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getSingleResult();
        Map<LocalDate, Long> voice = new TreeMap<>();
        long supports = monthly(voice, """
                SELECT date_trunc('month', s.created_at AT TIME ZONE ?4)::date, count(*)
                FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
                WHERE i.service_id = ?1 AND s.created_at >= ?2 AND s.created_at < ?3 GROUP BY 1
                """, serviceId, from, to);
        long comments = monthly(voice, """
                SELECT date_trunc('month', c.created_at AT TIME ZONE ?4)::date, count(*)
                FROM idea_comments c JOIN ideas i ON i.id = c.idea_id
                WHERE i.service_id = ?1 AND c.created_at >= ?2 AND c.created_at < ?3 AND c.deleted_at IS NULL GROUP BY 1
                """, serviceId, from, to);
        monthly(voice, """
                SELECT date_trunc('month', created_at AT TIME ZONE ?4)::date, count(*) FROM ideas
                WHERE service_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND status <> 'WITHDRAWN' GROUP BY 1
                """, serviceId, from, to);
        Number median = (Number) ideas[2];
        return new IdeaActivity(
                ((Number) ideas[0]).longValue(),
                ((Number) ideas[1]).longValue(),
                median == null ? null : BigDecimal.valueOf(median.doubleValue()).setScale(1, RoundingMode.HALF_UP),
                ((Number) ideas[3]).longValue(),
                ((Number) ideas[4]).longValue(),
                supports,
                comments,
                voice);
    }

    /** Adds the query's (month, count) rows into {@code byMonth}; returns their total. */
    private long monthly(Map<LocalDate, Long> byMonth, String sql, UUID serviceId, Instant from, Instant to) {
        List<?> rows = db.createNativeQuery(sql)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, time.zone().getId())
                .getResultList();
        long total = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate month = columns[0] instanceof Date date ? date.toLocalDate() : (LocalDate) columns[0];
            long count = ((Number) columns[1]).longValue();
            byMonth.merge(month, count, Long::sum);
            total += count;
        }
        return total;
    }

    /** How many ideas, comments and supports each person gave the service in the period (one number per person). */
    @Transactional
    public Map<String, long[]> perPerson(UUID serviceId, Instant from, Instant to) {
        Map<String, long[]> counts = new java.util.HashMap<>();
        counts.put(
                "CO_DESIGN",
                column(db.createNativeQuery("""
                        SELECT count(*) FROM (
                            SELECT author_id AS person FROM ideas
                            WHERE service_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND status <> 'WITHDRAWN'
                            UNION ALL
                            SELECT c.author_id FROM idea_comments c JOIN ideas i ON i.id = c.idea_id
                            WHERE i.service_id = ?1 AND c.created_at >= ?2 AND c.created_at < ?3) acts
                        GROUP BY person
                        """)
                        .setParameter(1, serviceId)
                        .setParameter(2, from)
                        .setParameter(3, to)
                        .getResultList()));
        counts.put(
                "CO_COMMISSIONING",
                column(db.createNativeQuery("""
                        SELECT count(*) FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
                        WHERE i.service_id = ?1 AND s.created_at >= ?2 AND s.created_at < ?3 GROUP BY s.person_id
                        """)
                        .setParameter(1, serviceId)
                        .setParameter(2, from)
                        .setParameter(3, to)
                        .getResultList()));
        return counts;
    }

    /** Ideas still waiting for a first answer more than {@code days} days after they were proposed. */
    @Transactional
    public long waitingForAnswer(UUID serviceId, Instant proposedBefore) {
        return ((Number) db.createNativeQuery("""
                        SELECT count(*) FROM ideas i
                        WHERE i.service_id = ?1 AND i.status IN ('SUBMITTED', 'UNDER_REVIEW') AND i.created_at < ?2
                          AND i.hidden_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM idea_answers a WHERE a.idea_id = i.id AND a.answer IS NOT NULL)
                        """)
                        .setParameter(1, serviceId)
                        .setParameter(2, proposedBefore)
                        .getSingleResult())
                .longValue();
    }

    static long[] column(List<?> rows) {
        return rows.stream().mapToLong(row -> ((Number) row).longValue()).toArray();
    }
}
