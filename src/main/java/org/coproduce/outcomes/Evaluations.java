package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.DoubleStream;
import org.coproduce.ratings.RatingSummaries;
import org.coproduce.shared.api.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before/after evaluation of an initiative: each indicator (and the service rating, which is
 * always one) over the N months before the start against the N months after, with a seeded 95%
 * bootstrap interval, and a difference in differences against comparison services when chosen.
 */
@ApplicationScoped
public class Evaluations {
    static final String CAVEAT = "These figures are indicative, not proof of cause: other things changed too."
            + " A difference whose interval includes zero may be chance.";
    static final String RATING_NAME = "Service rating";
    static final String RATING_UNIT = "average score (1 to 5)";

    private final Initiatives initiatives;
    private final Indicators indicators;
    private final RatingSummaries ratings;
    private final long seed;
    private final int samples;

    Evaluations(
            Initiatives initiatives,
            Indicators indicators,
            RatingSummaries ratings,
            @ConfigProperty(name = "coproduce.outcomes.bootstrap-seed", defaultValue = "20261129") long seed,
            @ConfigProperty(name = "coproduce.outcomes.bootstrap-samples", defaultValue = "2000") int samples) {
        this.initiatives = initiatives;
        this.indicators = indicators;
        this.ratings = ratings;
        this.seed = seed;
        this.samples = samples;
    }

    /** The values of one indicator before and after, for the service and pooled for comparisons. */
    private record Series(
            double[] before, double[] after, double[] comparisonBefore, double[] comparisonAfter, int comparisons) {}

    @Transactional
    public EvaluationView evaluate(UUID initiativeId, int months) {
        Initiative initiative = initiatives.live(initiativeId);
        LocalDate start = initiative.startsOn;
        LocalDate beforeFrom = start.minusMonths(months);
        LocalDate beforeTo = start.minusDays(1);
        LocalDate afterTo = start.plusMonths(months).minusDays(1);
        List<UUID> comparisons = Arrays.asList(initiative.comparisonServiceIds);

        List<EvaluationView.IndicatorResult> results = new ArrayList<>();
        results.add(result(
                null,
                RATING_NAME,
                RATING_UNIT,
                Better.UP,
                ratingSeries(initiative.serviceId, comparisons, beforeFrom, beforeTo, start, afterTo)));
        for (Indicator indicator : indicators.ofServiceId(initiative.serviceId)) {
            List<UUID> matching = indicators.named(comparisons, indicator.name, indicator.unit).stream()
                    .map(i -> i.id)
                    .toList();
            Series series = new Series(
                    indicators.values(indicator.id, beforeFrom, beforeTo),
                    indicators.values(indicator.id, start, afterTo),
                    pooled(matching, beforeFrom, beforeTo),
                    pooled(matching, start, afterTo),
                    matching.size());
            results.add(result(indicator.id, indicator.name, indicator.unit, indicator.better, series));
        }
        if (results.stream().allMatch(r -> r.beforeCount() == 0 || r.afterCount() == 0)) {
            throw ProblemException.conflict("No indicator has observations both in the " + months + " months before "
                    + start + " (from " + beforeFrom + ") and in the " + months + " months from it (to " + afterTo
                    + "). Add observations, or choose a different number of months.");
        }
        return new EvaluationView(initiative.id, months, beforeFrom, start, afterTo, samples, seed, CAVEAT, results);
    }

    private Series ratingSeries(
            UUID serviceId,
            List<UUID> comparisons,
            LocalDate beforeFrom,
            LocalDate beforeTo,
            LocalDate start,
            LocalDate afterTo) {
        double[][] comparison = {new double[0], new double[0]};
        for (UUID other : comparisons) {
            comparison[0] = concat(comparison[0], monthlyRatings(other, beforeFrom, beforeTo));
            comparison[1] = concat(comparison[1], monthlyRatings(other, start, afterTo));
        }
        return new Series(
                monthlyRatings(serviceId, beforeFrom, beforeTo),
                monthlyRatings(serviceId, start, afterTo),
                comparison[0],
                comparison[1],
                comparisons.size());
    }

    /** Months are counted in a period when they start inside it. */
    private double[] monthlyRatings(UUID serviceId, LocalDate from, LocalDate to) {
        LocalDate firstMonth =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        return ratings.monthlyMeans(serviceId, firstMonth, to).values().stream()
                .mapToDouble(BigDecimal::doubleValue)
                .toArray();
    }

    private double[] pooled(List<UUID> indicatorIds, LocalDate from, LocalDate to) {
        double[] values = new double[0];
        for (UUID id : indicatorIds) {
            values = concat(values, indicators.values(id, from, to));
        }
        return values;
    }

    private EvaluationView.IndicatorResult result(UUID id, String name, String unit, Better better, Series s) {
        if (s.before().length == 0 || s.after().length == 0) {
            String missing = s.before().length == 0 ? "before the start" : "since the start";
            return new EvaluationView.IndicatorResult(
                    id,
                    name,
                    unit,
                    better,
                    s.before().length,
                    meanOrNull(s.before()),
                    s.after().length,
                    meanOrNull(s.after()),
                    null,
                    null,
                    null,
                    null,
                    EvaluationView.Verdict.NOT_ENOUGH_DATA,
                    "There are no observations " + missing + " in this period, so there is nothing to compare.",
                    null);
        }
        BeforeAfter.Estimate difference = BeforeAfter.difference(s.before(), s.after(), seed, samples);
        double beforeMean = BeforeAfter.mean(s.before());
        EvaluationView.Verdict verdict = verdict(difference, better);
        return new EvaluationView.IndicatorResult(
                id,
                name,
                unit,
                better,
                s.before().length,
                round(beforeMean),
                s.after().length,
                round(BeforeAfter.mean(s.after())),
                round(difference.value()),
                beforeMean == 0 ? null : round(100 * difference.value() / Math.abs(beforeMean)),
                round(difference.low()),
                round(difference.high()),
                verdict,
                summary(name, verdict, difference),
                comparison(s, better));
    }

    private EvaluationView.Comparison comparison(Series s, Better better) {
        if (s.comparisons() == 0) {
            return null;
        }
        if (s.comparisonBefore().length == 0 || s.comparisonAfter().length == 0) {
            return new EvaluationView.Comparison(
                    s.comparisons(),
                    s.comparisonBefore().length,
                    meanOrNull(s.comparisonBefore()),
                    s.comparisonAfter().length,
                    meanOrNull(s.comparisonAfter()),
                    null,
                    null,
                    null,
                    "The comparison services have no observations of this indicator on both sides of the start.");
        }
        BeforeAfter.Estimate did = BeforeAfter.differenceInDifferences(
                s.before(), s.after(), s.comparisonBefore(), s.comparisonAfter(), seed, samples);
        EvaluationView.Verdict verdict = verdict(did, better);
        String summary = switch (verdict) {
            case IMPROVED -> "Compared with services without the initiative, it improved more than they did.";
            case WORSENED -> "Compared with services without the initiative, it did worse than they did.";
            case NO_CLEAR_CHANGE -> "Compared with services without the initiative, there is no clear difference.";
            case NOT_ENOUGH_DATA -> "There are too few observations for an interval: read the estimate with care.";
        };
        return new EvaluationView.Comparison(
                s.comparisons(),
                s.comparisonBefore().length,
                round(BeforeAfter.mean(s.comparisonBefore())),
                s.comparisonAfter().length,
                round(BeforeAfter.mean(s.comparisonAfter())),
                round(did.value()),
                round(did.low()),
                round(did.high()),
                summary);
    }

    /** Improved or worsened only when the whole interval lies on one side of zero. */
    static EvaluationView.Verdict verdict(BeforeAfter.Estimate estimate, Better better) {
        if (estimate.low() == null) {
            return EvaluationView.Verdict.NOT_ENOUGH_DATA;
        }
        boolean up = estimate.low() > 0;
        boolean down = estimate.high() < 0;
        if (!up && !down) {
            return EvaluationView.Verdict.NO_CLEAR_CHANGE;
        }
        return up == (better == Better.UP) ? EvaluationView.Verdict.IMPROVED : EvaluationView.Verdict.WORSENED;
    }

    private static String summary(String name, EvaluationView.Verdict verdict, BeforeAfter.Estimate difference) {
        return switch (verdict) {
            case IMPROVED -> name + " improved after the start, and the interval does not include zero.";
            case WORSENED -> name + " got worse after the start, and the interval does not include zero.";
            case NO_CLEAR_CHANGE ->
                name + " changed by " + round(difference.value()).toPlainString()
                        + ", but the interval includes zero: it may be chance.";
            case NOT_ENOUGH_DATA -> name + " needs at least 2 observations on each side for an interval.";
        };
    }

    private static BigDecimal meanOrNull(double[] values) {
        return values.length == 0 ? null : round(BeforeAfter.mean(values));
    }

    private static BigDecimal round(Double value) {
        return Decimals.rounded(value);
    }

    private static double[] concat(double[] a, double[] b) {
        return DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
    }
}
