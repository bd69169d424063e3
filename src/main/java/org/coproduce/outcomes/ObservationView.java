package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dated value of an indicator. */
@Schema(description = "One dated value of an indicator")
public record ObservationView(
        @Schema(examples = "2026-10-31") LocalDate observedOn,
        @Schema(examples = "42.5") BigDecimal value,
        @Schema(description = "STAFF, CSV or INTEGRATOR") String source) {}
