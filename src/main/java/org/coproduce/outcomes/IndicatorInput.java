package org.coproduce.outcomes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outcome indicator as staff define it. */
@Schema(description = "An outcome indicator of a service")
public record IndicatorInput(
        @NotNull UUID serviceId,

        @NotBlank @Size(max = 200) @Schema(examples = "Garden visits per week")
        String name,

        @NotBlank @Size(max = 50) @Schema(examples = "visits")
        String unit,

        @NotNull @Schema(description = "UP when a rise is an improvement, DOWN when a fall is")
        Better better,

        @Size(max = 2000) String description) {}
