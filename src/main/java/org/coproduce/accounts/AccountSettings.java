package org.coproduce.accounts;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The name others see and the language I read Coproduce in. */
@Schema(description = "My name and language")
public record AccountSettings(
        @Schema(
                description = "The name shown with what I write; null goes back to the name my sign-in gives",
                examples = "Bob Jones")
        @Size(min = 1, max = 200)
        String displayName,

        @Schema(description = "en or cy; null when I have not chosen", examples = "cy")
        @Pattern(regexp = "en|cy", message = "must be en or cy")
        String language) {}
