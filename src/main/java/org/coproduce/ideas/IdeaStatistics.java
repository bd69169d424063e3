package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Co-design figures for the evidence pages. The record's counts come from daily rollups rebuilt in
 * the background (so a service with a million rows answers as fast as one with ten); the staff
 * monitors count people from the rows themselves.
 */
@ApplicationScoped
public class IdeaStatistics {
    private final EntityManager db;

    IdeaStatistics(EntityManager db) {
        this.db = db;
    }

    /**
     * Rebuilds the co-design rollups from the ideas, supports and comments, days in {@code zone}.
     * Runs inside the evidence refresh's transaction, so readers see the old rollup until it commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshRollups(ZoneId zone) {
        db.createNativeQuery("DELETE FROM idea_activity_days").executeUpdate();
        db.createNativeQuery("DELETE FROM idea_answer_delays").executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO idea_activity_days (service_id, day, ideas, answered, accepted, implemented, supports, comments)
                        WITH first_answers AS (
                            SELECT idea_id, min(created_at) AS first_answer FROM idea_answers
                            WHERE answer IS NOT NULL GROUP BY idea_id)
                        SELECT service_id, day, sum(ideas), sum(answered), sum(accepted), sum(implemented),
                               sum(supports), sum(comments)
                        FROM (
                            SELECT i.service_id, (i.created_at AT TIME ZONE ?1)::date AS day, count(*) AS ideas,
                                   count(a.first_answer) AS answered,
                                   count(*) FILTER (WHERE i.status IN ('ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED')) AS accepted,
                                   count(*) FILTER (WHERE i.status = 'IMPLEMENTED') AS implemented,
                                   0 AS supports, 0 AS comments
                            FROM ideas i LEFT JOIN first_answers a ON a.idea_id = i.id
                            WHERE i.status <> 'WITHDRAWN' GROUP BY 1, 2
                            UNION ALL
                            SELECT i.service_id, (s.created_at AT TIME ZONE ?1)::date, 0, 0, 0, 0, count(*), 0
                            FROM idea_supports s JOIN ideas i ON i.id = s.idea_id GROUP BY 1, 2
                            UNION ALL
                            SELECT i.service_id, (c.created_at AT TIME ZONE ?1)::date, 0, 0, 0, 0, 0, count(*)
                            FROM idea_comments c JOIN ideas i ON i.id = c.idea_id WHERE c.deleted_at IS NULL GROUP BY 1, 2
                        ) parts
                        GROUP BY service_id, day
                        """).setParameter(1, zone.getId()).executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO idea_answer_delays (service_id, day, days, ideas)
                        WITH first_answers AS (
                            SELECT idea_id, min(created_at) AS first_answer FROM idea_answers
                            WHERE answer IS NOT NULL GROUP BY idea_id)
                        SELECT i.service_id, (i.created_at AT TIME ZONE ?1)::date,
                               greatest(0, floor(extract(epoch FROM a.first_answer - i.created_at) / 86400))::integer, count(*)
                        FROM ideas i JOIN first_answers a ON a.idea_id = i.id
                        WHERE i.status <> 'WITHDRAWN'
                        GROUP BY 1, 2, 3
                        """).setParameter(1, zone.getId()).executeUpdate();
    }

    /**
     * Each service's co-design figures for the local days {@code first} to {@code last}
     * (inclusive), read from the rollups as last refreshed. Services without activity are left out.
     */
    @Transactional
    public Map<UUID, IdeaActivity> activity(Collection<UUID> serviceIds, LocalDate first, LocalDate last) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, long[]> totals = new HashMap<>();
        Map<UUID, Map<LocalDate, Long>> voice = new HashMap<>();
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, date_trunc('month', day)::date, sum(ideas), sum(answered), sum(accepted),
                               sum(implemented), sum(supports), sum(comments)
                        FROM idea_activity_days WHERE service_id IN (?1) AND day BETWEEN ?2 AND ?3
                        GROUP BY 1, 2
                        """)
                .setParameter(1, serviceIds)
                .setParameter(2, first)
                .setParameter(3, last)
                .getResultList()) {
            Object[] c = (Object[]) row;
            UUID service = (UUID) c[0];
            long[] sums = totals.computeIfAbsent(service, id -> new long[6]);
            long monthVoice = 0;
            for (int i = 0; i < 6; i++) {
                long value = ((Number) c[2 + i]).longValue();
                sums[i] += value;
                if (i == 0 || i >= 4) {
                    monthVoice += value;
                }
            }
            voice.computeIfAbsent(service, id -> new TreeMap<>()).merge(date(c[1]), monthVoice, Long::sum);
        }
        Map<UUID, List<long[]>> delays = new HashMap<>();
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, days, sum(ideas) FROM idea_answer_delays
                        WHERE service_id IN (?1) AND day BETWEEN ?2 AND ?3
                        GROUP BY 1, 2 ORDER BY 1, 2
                        """)
                .setParameter(1, serviceIds)
                .setParameter(2, first)
                .setParameter(3, last)
                .getResultList()) {
            Object[] c = (Object[]) row;
            delays.computeIfAbsent((UUID) c[0], id -> new ArrayList<>())
                    .add(new long[] {((Number) c[1]).longValue(), ((Number) c[2]).longValue()});
        }
        Map<UUID, IdeaActivity> activity = new HashMap<>();
        totals.forEach((service, sums) -> activity.put(
                service,
                new IdeaActivity(
                        sums[0],
                        sums[1],
                        median(delays.getOrDefault(service, List.of())),
                        sums[2],
                        sums[3],
                        sums[4],
                        sums[5],
                        voice.get(service))));
        return activity;
    }

    /**
     * The median of a histogram of (whole days, how many), sorted by days, interpolated between
     * the two middle values as {@code percentile_cont(0.5)} does; null when it is empty.
     */
    static BigDecimal median(List<long[]> histogram) {
        long count = histogram.stream().mapToLong(bucket -> bucket[1]).sum();
        if (count == 0) {
            return null;
        }
        long lowerRank = (count - 1) / 2; // zero-based ranks of the two middle values
        long upperRank = count / 2;
        long seen = 0;
        Long lower = null;
        for (long[] bucket : histogram) {
            seen += bucket[1];
            if (lower == null && seen > lowerRank) {
                lower = bucket[0];
            }
            if (seen > upperRank) {
                return BigDecimal.valueOf(lower + bucket[0]).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
            }
        }
        throw new IllegalStateException("unreachable: the ranks are within the count");
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
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

    /** The people who proposed, commented on or supported the service's ideas in the period. */
    @Transactional
    public java.util.Set<UUID> activePeople(UUID serviceId, Instant from, Instant to) {
        List<?> rows = db.createNativeQuery("""
                        SELECT author_id FROM ideas
                        WHERE service_id = ?1 AND created_at >= ?2 AND created_at < ?3 AND status <> 'WITHDRAWN'
                        UNION
                        SELECT c.author_id FROM idea_comments c JOIN ideas i ON i.id = c.idea_id
                        WHERE i.service_id = ?1 AND c.created_at >= ?2 AND c.created_at < ?3
                        UNION
                        SELECT s.person_id FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
                        WHERE i.service_id = ?1 AND s.created_at >= ?2 AND s.created_at < ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return people(rows);
    }

    static java.util.Set<UUID> people(List<?> rows) {
        java.util.Set<UUID> people = new java.util.HashSet<>();
        rows.stream().filter(java.util.Objects::nonNull).forEach(row -> people.add((UUID) row));
        return people;
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
