package org.coproduce.outcomes;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator and how much has been observed. */
@Schema(description = "An outcome indicator of a service")
public record IndicatorView(
        UUID id,
        UUID serviceId,
        @Schema(examples = "Garden visits per week") String name,
        @Schema(examples = "visits") String unit,
        Better better,
        String description,
        @Schema(examples = "24") long observationCount,
        LocalDate firstObservedOn,
        LocalDate lastObservedOn,
        long version) {}
