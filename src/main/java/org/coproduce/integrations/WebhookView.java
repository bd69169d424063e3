package org.coproduce.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as its organisation sees it. */
@Schema(description = "A webhook subscription")
public record WebhookView(
        UUID id,
        UUID organisationId,
        String url,
        List<String> events,
        boolean active,

        @Schema(description = "Why Coproduce turned it off after repeated failure; null while it is on")
        String disabledReason,

        @Schema(description = "Failed attempts since the last success")
        int consecutiveFailures,

        @Schema(
                description = "The signing secret (Standard Webhooks, whsec_...): only in the response that creates the"
                        + " webhook; keep it, it is never shown again")
        String secret,

        Instant createdAt,
        Instant updatedAt,
        long version) {}
