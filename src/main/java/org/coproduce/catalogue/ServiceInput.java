package org.coproduce.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to create or change a service. */
@Schema(description = "A service as staff create or change it")
public record ServiceInput(
        @NotNull @Schema(description = "The organisation that runs it; cannot change after creation")
        UUID organisationId,

        @NotBlank @Size(max = 120) @Schema(examples = "Community gardens")
        String name,

        @Size(max = 80)
        @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens")
        @Schema(
                description = "Address of the service page; derived from the name when empty",
                examples = "community-gardens")
        String slug,

        @NotBlank @Size(max = 280) @Schema(examples = "Grow food and flowers with your neighbours on council land.")
        String summary,

        @Size(max = 5000) @Schema(description = "Plain text; blank lines separate paragraphs")
        String description,

        @NotNull ServiceCategory category,

        @NotBlank @Size(max = 120) @Schema(examples = "Whole borough")
        String areaServed,

        @Valid ContactDetails contact,

        @Schema(description = "Whether the service currently runs; true when omitted")
        Boolean active) {

    ContactDetails contactOrNone() {
        return contact == null ? ContactDetails.NONE : contact;
    }

    boolean activeOrDefault() {
        return active == null || active;
    }
}
