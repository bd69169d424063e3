package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole instance's record for a period: the totals, and each service's headline figures. */
@Schema(description = "The four Co's across every service for a period")
public record OverviewView(
        LocalDate from,
        LocalDate to,

        @Schema(description = "Totals across all services (ratings mean and net score over all ratings)")
        Totals totals,

        @Schema(description = "Each live service's headline figures, by name")
        List<ServiceLine> services,

        Instant countedAt,

        @Schema(description = "When the activity figures were last rebuilt; null before the first rebuild")
        Instant refreshedAt) {

    @Schema(description = "Totals across services")
    public record Totals(
            long supports,
            long ideas,
            long answered,
            BigDecimal answeredShare,
            long shifts,
            BigDecimal approvedHours,

            @Schema(
                    description = "Each service's approved hours at its own hourly value, added up; hourlyValue is the"
                            + " instance's")
            ServiceRecordView.ValueOfTime valueOfTime,

            long contributions,
            long ratings,
            long changesCommitted,
            long changesConfirmed,
            long voice,
            long action,
            BigDecimal actionShare,

            @Schema(description = "The balance of voice and action across services, month by month, oldest first")
            List<ServiceRecordView.Month> trend) {}

    @Schema(description = "One service's headline figures")
    public record ServiceLine(
            ServiceRef service,
            long supports,
            long ideas,
            BigDecimal answeredShare,
            BigDecimal approvedHours,
            long contributions,
            long ratings,
            BigDecimal ratingMean,
            long voice,
            long action) {}
}
