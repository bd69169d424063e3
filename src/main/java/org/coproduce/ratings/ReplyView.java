package org.coproduce.ratings;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff reply to a review. */
@Schema(description = "The organisation's public reply to a review")
public record ReplyView(
        UUID id,
        String body,

        @Schema(description = "The staff member's display name", examples = "Sam")
        String authorName,

        Instant createdAt,
        Instant updatedAt,
        long version) {}
