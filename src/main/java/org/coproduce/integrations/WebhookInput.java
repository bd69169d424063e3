package org.coproduce.integrations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook to create or change. */
@Schema(description = "Where to send which events")
public record WebhookInput(
        @Schema(description = "The organisation; integrators may leave it out (their client's own)")
        UUID organisationId,

        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "https, and public outside dev mode",
                examples = "https://crm.riverside.example/hooks/coproduce")
        String url,

        @NotEmpty
        @Size(max = 20)
        @Schema(
                description = "The events to send",
                enumeration = {
                    "idea.submitted",
                    "idea.answered",
                    "signup.confirmed",
                    "signup.cancelled",
                    "signup.promoted",
                    "shift.full",
                    "rating.created",
                    "change.confirmed"
                })
        List<String> events,

        @Schema(description = "On or off (default on); turning a disabled webhook on again clears its failures")
        Boolean active) {}
