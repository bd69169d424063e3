package org.coproduce.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to create or change a challenge. */
@Schema(description = "A challenge as staff create or change it")
public record ChallengeInput(
        @NotNull @Schema(description = "The service asking; cannot change after creation")
        UUID serviceId,

        @NotBlank @Size(max = 200) @Schema(examples = "How can we make the riverside path feel safer after dark?")
        String title,

        @NotBlank @Size(max = 5000) String brief,
        @NotNull ChallengeState state,
        @NotNull @Schema(examples = "2026-12-01") LocalDate opensOn,
        @NotNull @Schema(examples = "2027-01-31") LocalDate closesOn,
        @Size(max = 200) @Schema(examples = "Up to £20,000") String budgetHint) {}
