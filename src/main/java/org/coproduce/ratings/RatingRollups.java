package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps the summary and the monthly rollup of each service exact: every rating added or changed
 * applies its difference to both rows in the same transaction. The upsert locks the summary row,
 * so concurrent ratings of one service queue on it rather than lose each other's counts; the
 * summary row is always taken before the month row, so two transactions never deadlock.
 */
@ApplicationScoped
class RatingRollups {
    private final EntityManager db;

    RatingRollups(EntityManager db) {
        this.db = db;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void added(UUID serviceId, LocalDate month, Scores scores) {
        apply(serviceId, month, Delta.of(scores, 1));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void changed(UUID serviceId, LocalDate month, Scores before, Scores after) {
        apply(serviceId, month, Delta.of(after, 1).plus(Delta.of(before, -1)));
    }

    /**
     * Recomputes a service's rollups from its ratings. Only for ratings loaded in bulk (demo data,
     * the benchmark's generator), which skip the per-rating path; it scans, so never on a read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void rebuild(UUID serviceId) {
        db.createNativeQuery("DELETE FROM rating_months WHERE service_id = ?1")
                .setParameter(1, serviceId)
                .executeUpdate();
        db.createNativeQuery("DELETE FROM rating_summaries WHERE service_id = ?1")
                .setParameter(1, serviceId)
                .executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO rating_summaries (service_id, rating_count, overall_sum,
                            score_1, score_2, score_3, score_4, score_5,
                            access_count, access_sum, timeliness_count, timeliness_sum,
                            courtesy_count, courtesy_sum, outcome_count, outcome_sum)
                        SELECT ?1, count(*), coalesce(sum(overall), 0),
                            count(*) FILTER (WHERE overall = 1), count(*) FILTER (WHERE overall = 2),
                            count(*) FILTER (WHERE overall = 3), count(*) FILTER (WHERE overall = 4),
                            count(*) FILTER (WHERE overall = 5),
                            count(access), coalesce(sum(access), 0), count(timeliness), coalesce(sum(timeliness), 0),
                            count(courtesy), coalesce(sum(courtesy), 0), count(outcome), coalesce(sum(outcome), 0)
                        FROM ratings WHERE service_id = ?1
                        """).setParameter(1, serviceId).executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO rating_months (service_id, month, rating_count, overall_sum, low_count, high_count)
                        SELECT ?1, rated_month, count(*), sum(overall),
                            count(*) FILTER (WHERE overall <= 2), count(*) FILTER (WHERE overall >= 4)
                        FROM ratings WHERE service_id = ?1 GROUP BY rated_month
                        """).setParameter(1, serviceId).executeUpdate();
    }

    private void apply(UUID serviceId, LocalDate month, Delta d) {
        db.createNativeQuery("""
                        INSERT INTO rating_summaries AS s (service_id, rating_count, overall_sum,
                            score_1, score_2, score_3, score_4, score_5,
                            access_count, access_sum, timeliness_count, timeliness_sum,
                            courtesy_count, courtesy_sum, outcome_count, outcome_sum)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                        ON CONFLICT (service_id) DO UPDATE SET
                            rating_count = s.rating_count + excluded.rating_count,
                            overall_sum = s.overall_sum + excluded.overall_sum,
                            score_1 = s.score_1 + excluded.score_1,
                            score_2 = s.score_2 + excluded.score_2,
                            score_3 = s.score_3 + excluded.score_3,
                            score_4 = s.score_4 + excluded.score_4,
                            score_5 = s.score_5 + excluded.score_5,
                            access_count = s.access_count + excluded.access_count,
                            access_sum = s.access_sum + excluded.access_sum,
                            timeliness_count = s.timeliness_count + excluded.timeliness_count,
                            timeliness_sum = s.timeliness_sum + excluded.timeliness_sum,
                            courtesy_count = s.courtesy_count + excluded.courtesy_count,
                            courtesy_sum = s.courtesy_sum + excluded.courtesy_sum,
                            outcome_count = s.outcome_count + excluded.outcome_count,
                            outcome_sum = s.outcome_sum + excluded.outcome_sum
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, d.count)
                .setParameter(3, d.overallSum)
                .setParameter(4, d.byScore[0])
                .setParameter(5, d.byScore[1])
                .setParameter(6, d.byScore[2])
                .setParameter(7, d.byScore[3])
                .setParameter(8, d.byScore[4])
                .setParameter(9, d.dimensions[0])
                .setParameter(10, d.dimensions[1])
                .setParameter(11, d.dimensions[2])
                .setParameter(12, d.dimensions[3])
                .setParameter(13, d.dimensions[4])
                .setParameter(14, d.dimensions[5])
                .setParameter(15, d.dimensions[6])
                .setParameter(16, d.dimensions[7])
                .executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO rating_months AS m (service_id, month, rating_count, overall_sum, low_count, high_count)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (service_id, month) DO UPDATE SET
                            rating_count = m.rating_count + excluded.rating_count,
                            overall_sum = m.overall_sum + excluded.overall_sum,
                            low_count = m.low_count + excluded.low_count,
                            high_count = m.high_count + excluded.high_count
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, month)
                .setParameter(3, d.count)
                .setParameter(4, d.overallSum)
                .setParameter(5, d.byScore[0] + d.byScore[1])
                .setParameter(6, d.byScore[3] + d.byScore[4])
                .executeUpdate();
    }

    /** What one rating adds to (sign 1) or takes from (sign -1) the counts and sums. */
    private static final class Delta {
        long count;
        long overallSum;
        final long[] byScore = new long[5];
        /** access count and sum, timeliness count and sum, courtesy ..., outcome ... */
        final long[] dimensions = new long[8];

        static Delta of(Scores scores, int sign) {
            Delta d = new Delta();
            d.count = sign;
            d.overallSum = (long) sign * scores.overall();
            d.byScore[scores.overall() - 1] = sign;
            Integer[] optional = {scores.access(), scores.timeliness(), scores.courtesy(), scores.outcome()};
            for (int i = 0; i < optional.length; i++) {
                if (optional[i] != null) {
                    d.dimensions[2 * i] = sign;
                    d.dimensions[2 * i + 1] = (long) sign * optional[i];
                }
            }
            return d;
        }

        Delta plus(Delta other) {
            Delta d = new Delta();
            d.count = count + other.count;
            d.overallSum = overallSum + other.overallSum;
            for (int i = 0; i < byScore.length; i++) {
                d.byScore[i] = byScore[i] + other.byScore[i];
            }
            for (int i = 0; i < dimensions.length; i++) {
                d.dimensions[i] = dimensions[i] + other.dimensions[i];
            }
            return d;
        }
    }
}
