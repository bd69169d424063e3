package org.coproduce.ratings;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service's ratings in figures. Below five ratings only the count is given. */
@Schema(
        description = "A service's ratings summary. With fewer than 5 ratings (enoughRatings false) only"
                + " the count is given; the other figures are null, so no small group can be singled out.")
public record RatingSummaryView(
        UUID serviceId,
        @Schema(examples = "128") long count,

        @Schema(description = "False below 5 ratings: show \"not enough ratings yet\"")
        boolean enoughRatings,

        @Schema(description = "Mean overall score, 1 to 5, to 2 decimal places", examples = "3.85")
        BigDecimal mean,

        @Schema(description = "How many ratings gave each overall score, 1 to 5")
        List<ScoreCount> distribution,

        @Schema(
                description =
                        "Share of 4s and 5s minus share of 1s and 2s, in percent (-100 to 100), to 1 decimal place",
                examples = "42.5")
        BigDecimal netScore,

        @Schema(description = "Access, timeliness, courtesy and outcome: how many scored each, and the mean")
        List<DimensionSummary> dimensions,

        @Schema(description = "The last 24 months, oldest first, including months without ratings")
        List<MonthSummary> trend) {

    @Schema(description = "How many ratings gave one score")
    public record ScoreCount(
            @Schema(examples = "5") int score,
            @Schema(examples = "61") long count) {}

    @Schema(description = "One optional dimension; mean is null when fewer than 5 people scored it")
    public record DimensionSummary(
            @Schema(examples = "timeliness") String dimension,
            @Schema(examples = "97") long count,
            @Schema(examples = "3.41") BigDecimal mean) {}

    @Schema(description = "One month of ratings; mean and netScore are null below 5 ratings")
    public record MonthSummary(
            @Schema(examples = "2026-10") String month,
            @Schema(examples = "12") long count,
            @Schema(examples = "4.08") BigDecimal mean,
            @Schema(examples = "50.0") BigDecimal netScore) {}
}
