package org.coproduce.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report of an idea, comment or review. */
@Schema(description = "Report an idea, a comment or a review to the moderators")
public record ReportInput(
        @NotNull
        @Pattern(regexp = "idea|comment|review", message = "must be idea, comment or review")
        @Schema(examples = "idea")
        String targetType,

        @NotNull UUID targetId,

        @NotBlank @Size(max = 500) @Schema(examples = "It names a neighbour and makes accusations about them.")
        String reason) {}
