package org.coproduce.volunteering;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff record about a volunteer after the shift started. */
@Schema(description = "Attendance and hours")
public record AttendanceInput(
        @NotNull Attendance attendance,

        @Schema(description = "Hours given; the shift's length when absent. Only for ATTENDED.")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("24")
        BigDecimal hours,

        @Schema(description = "Approve the hours now") Boolean approve) {}
