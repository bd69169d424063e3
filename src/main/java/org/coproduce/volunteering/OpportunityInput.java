package org.coproduce.volunteering;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff write about an opportunity. */
@Schema(description = "A volunteer opportunity as staff write it")
public record OpportunityInput(
        @NotNull UUID serviceId,
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 5000) String description,
        @Size(max = 120) String placeName,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> skills,

        @Schema(description = "What volunteers should bring") @Size(max = 1000)
        String whatToBring,

        @Min(1) @Max(120) Integer minimumAge,

        @Schema(description = "Checks staff must confirm for a person before they can sign up, e.g. 'safeguarding'")
        @Size(max = 5)
        List<@NotBlank @Size(max = 60) String> checks,

        @Schema(description = "DRAFT (not public), PUBLISHED or CLOSED; DRAFT when absent")
        OpportunityState state) {}
