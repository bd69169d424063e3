package org.coproduce.ideas;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a citizen sends to propose or edit an idea. */
@Schema(description = "An idea as its author proposes or edits it. The body is plain text: HTML is shown as text.")
public record IdeaInput(
        @NotNull @Schema(description = "The service it is for")
        UUID serviceId,

        @Schema(description = "The open challenge it answers, if any")
        UUID challengeId,

        @NotBlank @Size(max = 120) @Schema(examples = "Solar lights along the riverside path")
        String title,

        @NotBlank @Size(max = 5000) @Schema(examples = "The path between the bridges is dark by 5pm in winter.")
        String body,

        @Size(max = 120) @Schema(examples = "Mill Bridge") String placeName,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,

        @Size(max = 10)
        List<
                        @NotBlank @Size(max = 40)
                        @Pattern(
                                regexp = "^[\\p{L}\\p{N} -]+$",
                                message = "may contain letters, numbers, spaces and hyphens")
                        String>
                tags) {}
