package org.coproduce.ideas;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as the API shows it; a deleted one keeps its place but not its text. */
@Schema(
        description =
                "A comment on an idea. When deleted is true, body is null and the portal shows \"comment deleted\".")
public record CommentView(
        UUID id,
        UUID parentId,
        IdeaView.PersonName author,
        String body,
        boolean deleted,
        Instant createdAt,
        Instant editedAt,
        long version,

        @Schema(description = "Hidden by a moderator: only its author still sees it")
        boolean hidden) {}
