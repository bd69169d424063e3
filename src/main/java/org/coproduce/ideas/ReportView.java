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

        @Schema(description = "The idea reported, or the idea the reported comment is on")
        UUID ideaId,

        @Schema(description = "The start of the reported text")
        String excerpt,

        boolean hidden,
        String reason,
        Instant createdAt) {}
