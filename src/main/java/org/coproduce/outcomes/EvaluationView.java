package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative's before/after evaluation, indicator by indicator. */
@Schema(description = "Each indicator over the N months before the initiative's start against the N months after")
public record EvaluationView(
        UUID initiativeId,
        @Schema(examples = "6") int months,

        @Schema(description = "First day of the before period")
        LocalDate beforeFrom,

        @Schema(description = "The initiative's start: the before period ends the day before, the after period starts")
        LocalDate startsOn,

        @Schema(description = "Last day of the after period")
        LocalDate afterTo,

        @Schema(description = "Bootstrap resamples behind each interval")
        int bootstrapSamples,

        @Schema(description = "The bootstrap's fixed seed: the same data always gives the same intervals")
        long seed,

        @Schema(description = "Always shown with the figures")
        String caveat,

        List<IndicatorResult> indicators) {

    @Schema(description = "One indicator's comparison")
    public record IndicatorResult(
            @Schema(description = "Null for the service rating, which is always an indicator")
            UUID indicatorId,

            @Schema(examples = "Garden visits per week") String name,
            @Schema(examples = "visits") String unit,
            Better better,
            int beforeCount,
            BigDecimal beforeMean,
            int afterCount,
            BigDecimal afterMean,

            @Schema(description = "after mean minus before mean")
            BigDecimal difference,

            @Schema(description = "difference as a percentage of the before mean; null when that is 0")
            BigDecimal percentChange,

            @Schema(description = "95% bootstrap interval of the difference")
            BigDecimal low,

            BigDecimal high,
            Verdict verdict,

            @Schema(description = "Plain words on what the figures say, or why there are none")
            String summary,

            Comparison comparison) {}

    @Schema(description = "Difference in differences against the comparison services (pooled)")
    public record Comparison(
            int services,
            int beforeCount,
            BigDecimal beforeMean,
            int afterCount,
            BigDecimal afterMean,
            BigDecimal differenceInDifferences,
            BigDecimal low,
            BigDecimal high,
            String summary) {}

    /** What an interval says, read in the indicator's good direction. */
    public enum Verdict {
        IMPROVED,
        WORSENED,
        NO_CLEAR_CHANGE,
        NOT_ENOUGH_DATA
    }
}
