package org.coproduce.volunteering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shift as staff set it up. Times are instants, e.g. 2026-12-05T09:00:00Z. */
@Schema(description = "A shift as staff set it up")
public record ShiftInput(
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull @Min(1) @Max(10000) Integer capacity,

        @Schema(description = "When sign-up opens; now when absent")
        Instant signupOpensAt,

        @Schema(description = "When sign-up closes; the shift's start when absent")
        Instant signupClosesAt,

        @Schema(description = "The last moment a volunteer may cancel; 24 hours before the start when absent")
        Instant cancelDeadline) {}
