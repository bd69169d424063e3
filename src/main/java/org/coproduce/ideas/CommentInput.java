package org.coproduce.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as its author writes it. */
@Schema(description = "A comment, or a reply to a top-level comment (parentId). Plain text.")
public record CommentInput(
        @NotBlank @Size(max = 2000) @Schema(examples = "Yes, and the steps by the weir need a handrail too.")
        String body,

        @Schema(description = "The top-level comment this replies to; omitted for a new thread")
        UUID parentId) {}
