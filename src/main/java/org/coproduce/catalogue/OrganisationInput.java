package org.coproduce.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to create or change an organisation. */
@Schema(description = "An organisation as an admin creates or changes it")
public record OrganisationInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Riverside Parks and Open Spaces")
        String name,

        @Size(max = 80)
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens")
        @Schema(description = "Derived from the name when empty", examples = "riverside-parks")
        String slug,

        @Size(max = 2000) String description,

        @Size(max = 300)
        @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting with http:// or https://")
        String website) {}
