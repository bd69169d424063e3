package org.coproduce.volunteering;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The time a person has given. */
@Schema(description = "My volunteer hours")
public record HoursView(
        @Schema(description = "Hours staff approved") BigDecimal approvedHours,

        @Schema(description = "Hours recorded but not yet approved")
        BigDecimal pendingHours,

        int shiftsAttended,

        @Schema(description = "Everyday contributions recorded, counted apart from shifts")
        int contributions,

        @Schema(description = "Hours given in everyday contributions")
        BigDecimal contributionHours) {}
