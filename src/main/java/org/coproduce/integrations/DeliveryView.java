package org.coproduce.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to a webhook, with every attempt. */
@Schema(description = "An event's delivery to the webhook and its attempts, oldest first")
public record DeliveryView(
        @Schema(description = "Also the webhook-id header, the same on every attempt")
        UUID id,

        @Schema(examples = "rating.created") String eventType,
        Instant occurredAt,
        @Schema(description = "The body sent, as JSON text") String payload,

        @Schema(enumeration = {"PENDING", "SUCCEEDED", "FAILED"})
        String status,

        int attempts,

        @Schema(description = "When the next attempt is due; null when none is")
        Instant nextAttemptAt,

        List<Attempt> history) {

    @Schema(description = "One attempt")
    public record Attempt(
            Instant attemptedAt,

            @Schema(description = "The receiver's HTTP status; null when there was no answer")
            Integer statusCode,

            @Schema(description = "Why there was no answer (timeout, refused address)")
            String error,

            int durationMs) {}
}
