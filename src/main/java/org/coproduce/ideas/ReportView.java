package org.coproduce.ideas;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open report as moderators see it. */
@Schema(description = "An open report in the moderation queue")
public record ReportView(
        UUID id,
        @Schema(examples = "idea") String targetType,
        UUID targetId,

        @Schema(description = "The idea reported, or the idea the reported comment is on; null for other content")
        UUID ideaId,

        @Schema(
                description = "Where the reported content is in the portal",
                examples = "/ideas/0f6f2b1d-8c11-4a7e-9d55-5f0c2d0e6a51")
        String link,

        @Schema(description = "The start of the reported text")
        String excerpt,

        boolean hidden,
        String reason,
        Instant createdAt) {}
