package org.coproduce.outcomes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Observations to record: a later value for the same date replaces the earlier one. */
@Schema(description = "Dated values of an indicator, each in the indicator's unit")
public record ObservationInput(@NotEmpty @Size(max = 1000) List<@Valid @NotNull Value> observations) {

    @Schema(description = "One dated value")
    public record Value(
            @NotNull @Schema(description = "Not in the future (the instance's time zone)", examples = "2026-10-31")
            LocalDate observedOn,

            @NotNull @DecimalMin("-1e12") @DecimalMax("1e12") @Schema(examples = "42.5")
            BigDecimal value,

            @NotBlank @Schema(description = "Must be the indicator's unit", examples = "visits")
            String unit) {}
}
