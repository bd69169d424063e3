package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.time.InstanceTime;

/**
 * Reads a service's summary from its rollup rows: one summary row and at most 24 month rows,
 * whatever the number of ratings. Means and net scores are divided here, from exact sums.
 */
@ApplicationScoped
public class RatingSummaries {
    /** Public aggregates never describe a group smaller than this (PRODUCT.md). */
    static final int MINIMUM_TO_SHOW = 5;

    static final int TREND_MONTHS = 24;

    private final EntityManager db;
    private final PublicServices services;
    private final InstanceTime time;
    private final Clock clock;

    RatingSummaries(EntityManager db, PublicServices services, InstanceTime time, Clock clock) {
        this.db = db;
        this.services = services;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    public RatingSummaryView of(String serviceIdOrSlug) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        return summaryOf(service.id());
    }

    RatingSummaryView summaryOf(UUID serviceId) {
        List<?> rows = db.createNativeQuery("""
                        SELECT rating_count, overall_sum, score_1, score_2, score_3, score_4, score_5,
                               access_count, access_sum, timeliness_count, timeliness_sum,
                               courtesy_count, courtesy_sum, outcome_count, outcome_sum
                        FROM rating_summaries WHERE service_id = ?1
                        """).setParameter(1, serviceId).getResultList();
        long[] s = rows.isEmpty() ? new long[15] : longs((Object[]) rows.get(0));
        long count = s[0];
        if (count < MINIMUM_TO_SHOW) {
            return new RatingSummaryView(serviceId, count, false, null, null, null, null, trend(serviceId));
        }
        List<RatingSummaryView.ScoreCount> distribution = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            distribution.add(new RatingSummaryView.ScoreCount(score, s[1 + score]));
        }
        String[] names = {"access", "timeliness", "courtesy", "outcome"};
        List<RatingSummaryView.DimensionSummary> dimensions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            long scored = s[7 + 2 * i];
            dimensions.add(new RatingSummaryView.DimensionSummary(
                    names[i], scored, scored < MINIMUM_TO_SHOW ? null : mean(s[8 + 2 * i], scored)));
        }
        return new RatingSummaryView(
                serviceId,
                count,
                true,
                mean(s[1], count),
                distribution,
                netScore(s[5] + s[6], s[2] + s[3], count),
                dimensions,
                trend(serviceId));
    }

    private List<RatingSummaryView.MonthSummary> trend(UUID serviceId) {
        YearMonth current = YearMonth.from(clock.instant().atZone(time.zone()));
        YearMonth first = current.minusMonths(TREND_MONTHS - 1L);
        List<?> rows = db.createNativeQuery("""
                        SELECT month, rating_count, overall_sum, low_count, high_count
                        FROM rating_months WHERE service_id = ?1 AND month >= ?2 AND month <= ?3
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, first.atDay(1))
                .setParameter(3, current.atDay(1))
                .getResultList();
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate month = columns[0] instanceof Date date ? date.toLocalDate() : (LocalDate) columns[0];
            byMonth.put(YearMonth.from(month), longs(java.util.Arrays.copyOfRange(columns, 1, 5)));
        }
        List<RatingSummaryView.MonthSummary> trend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            long[] m = byMonth.getOrDefault(month, new long[4]);
            boolean enough = m[0] >= MINIMUM_TO_SHOW;
            trend.add(new RatingSummaryView.MonthSummary(
                    month.toString(),
                    m[0],
                    enough ? mean(m[1], m[0]) : null,
                    enough ? netScore(m[3], m[2], m[0]) : null));
        }
        return trend;
    }

    /**
     * The mean overall score of each month from {@code from} to {@code to} that has at least 5
     * ratings: the service rating as an outcome indicator. Read from the monthly rollup.
     */
    @Transactional
    public Map<LocalDate, BigDecimal> monthlyMeans(UUID serviceId, LocalDate from, LocalDate to) {
        List<?> rows = db.createNativeQuery("""
                        SELECT month, rating_count, overall_sum FROM rating_months
                        WHERE service_id = ?1 AND month >= ?2 AND month <= ?3 AND rating_count >= ?4
                        ORDER BY month
                        """)
                .setParameter(1, serviceId)
                .setParameter(2, from)
                .setParameter(3, to)
                .setParameter(4, MINIMUM_TO_SHOW)
                .getResultList();
        Map<LocalDate, BigDecimal> means = new java.util.LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate month = columns[0] instanceof Date date ? date.toLocalDate() : (LocalDate) columns[0];
            means.put(month, mean(((Number) columns[2]).longValue(), ((Number) columns[1]).longValue()));
        }
        return means;
    }

    static BigDecimal mean(long sum, long count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal netScore(long high, long low, long count) {
        return BigDecimal.valueOf(100 * (high - low)).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static long[] longs(Object[] columns) {
        long[] values = new long[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = ((Number) columns[i]).longValue();
        }
        return values;
    }
}
