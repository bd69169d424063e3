package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.util.List;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a service values citizens' time, and the staff time recorded for supporting its volunteers. */
@Schema(description = "A service's value of an hour of citizens' time and the staff support hours recorded for it")
public record TimeValueView(
        ServiceRef service,

        @Schema(description = "The value the record uses: the service's own, else the instance's", examples = "13.50")
        BigDecimal hourlyValue,

        @Schema(description = "The service's own value; null when it uses the instance's")
        BigDecimal serviceHourlyValue,

        @Schema(description = "The instance's value", examples = "13.50")
        BigDecimal instanceHourlyValue,

        @Schema(examples = "GBP") String currency,

        @Schema(description = "Staff support hours of the last 24 months that have any, newest first")
        List<StaffHours> staffHours,

        @Schema(description = "Whether the caller may change these")
        boolean canEdit) {

    @Schema(description = "Hours staff spent supporting volunteers in a month")
    public record StaffHours(@Schema(examples = "2026-10") String month, BigDecimal hours) {}
}
