package org.coproduce.accounts;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification as its recipient sees it. */
@Schema(description = "Something that happened that the person should know about")
public record NotificationView(
        UUID id,
        NotificationKind kind,
        @Schema(examples = "Solar lights by Mill Bridge") String title,

        @Schema(examples = "Accepted: We will trial solar lights this spring.")
        String detail,

        @Schema(description = "Where in the portal to see it", examples = "/ideas/5f0c2d0e-6a51-4a7e-9d55-0f6f2b1d8c11")
        String link,

        boolean read,
        Instant createdAt) {}
