package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four-Co's record of a service for a period. */
@Schema(description = "What citizens did with a service in a period, Co by Co, and the balance of voice and action")
public record ServiceRecordView(
        ServiceRef service,
        @Schema(description = "First day counted") LocalDate from,
        @Schema(description = "Last day counted") LocalDate to,
        CoCommissioning coCommissioning,
        CoDesign coDesign,
        CoDelivery coDelivery,
        CoAssessment coAssessment,
        Changes changes,
        Balance balance,

        @Schema(description = "When these figures were counted")
        Instant countedAt,

        @Schema(
                description = "When the activity figures were last rebuilt (every few minutes); null before the first"
                        + " rebuild. Ratings and changes are always current.")
        Instant refreshedAt) {

    @Schema(description = "Deciding priorities")
    public record CoCommissioning(
            @Schema(description = "Supports given to ideas") long supports) {}

    @Schema(description = "Ideas proposed in the period, and what became of them")
    public record CoDesign(
            long ideas,
            long answered,

            @Schema(description = "Percentage of the period's ideas with a public answer")
            BigDecimal answeredShare,

            @Schema(description = "Median days from proposal to first answer")
            BigDecimal medianDaysToFirstAnswer,

            long accepted,
            long implemented,
            long comments) {}

    @Schema(description = "Shifts that started in the period, and everyday help")
    public record CoDelivery(
            long shifts,
            long places,
            long placesFilled,

            @Schema(description = "Percentage of places filled")
            BigDecimal fillRate,

            long attended,
            long noShows,

            @Schema(description = "Percentage of recorded attendance that was a no-show")
            BigDecimal noShowRate,

            BigDecimal approvedHours,
            long contributions,
            BigDecimal contributionHours,

            @Schema(description = "Approved hours times the service's (or the instance's) hourly value")
            ValueOfTime valueOfTime) {}

    @Schema(description = "What citizens' approved hours would have cost, beside the staff time spent supporting them")
    public record ValueOfTime(
            @Schema(examples = "13.50") BigDecimal hourlyValue,
            @Schema(examples = "GBP") String currency,
            BigDecimal value,

            @Schema(description = "SERVICE when the service set its own hourly value, else INSTANCE")
            String hourlyValueSetBy,

            @Schema(
                    description =
                            "Hours staff recorded for supporting volunteers in the period's months; null when none"
                                    + " were recorded")
            BigDecimal staffSupportHours,

            @Schema(description = "Approved citizen hours per staff support hour; null without staff hours")
            BigDecimal citizenHoursPerStaffHour) {}

    @Schema(description = "Ratings in the period's months; mean and net score null below 5 ratings")
    public record CoAssessment(long ratings, BigDecimal mean, BigDecimal netScore) {}

    @Schema(description = "Changes promised in replies to reviews in the period, and what reviewers said")
    public record Changes(long committed, long done, long confirmedYes, long confirmedPartly, long confirmedNo) {}

    @Schema(description = "Voice (ideas, comments, supports, ratings) against action (attendances and contributions)")
    public record Balance(
            long voice,
            long action,

            @Schema(description = "Action as a percentage of all acts; null when there were none")
            BigDecimal actionShare,

            @Schema(description = "Month by month, oldest first")
            List<Month> trend) {}

    @Schema(description = "One month of the balance")
    public record Month(@Schema(examples = "2026-10") String month, long voice, long action, BigDecimal actionShare) {}
}
