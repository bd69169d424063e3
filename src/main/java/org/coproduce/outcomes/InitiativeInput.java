package org.coproduce.outcomes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative as staff declare it. */
@Schema(description = "A co-production initiative on a service")
public record InitiativeInput(
        @NotNull UUID serviceId,

        @NotBlank @Size(max = 200) @Schema(examples = "Volunteer key holders open the garden on Sundays")
        String name,

        @Size(max = 4000) String description,
        @NotNull @Schema(examples = "2026-03-01") LocalDate startsOn,

        @Schema(description = "Optional end", examples = "2026-10-31")
        LocalDate endsOn,

        @NotEmpty @Schema(description = "Which Co's it involves")
        Set<Co> cos,

        @Size(max = 10)
        @Schema(description = "Services without the initiative, for a difference-in-differences estimate")
        List<UUID> comparisonServiceIds) {}
