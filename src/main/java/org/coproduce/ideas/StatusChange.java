package org.coproduce.ideas;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A move of an idea's status, with the public answer that explains it. */
@Schema(description = "Staff move an idea (answer required after review); the author may move it to WITHDRAWN")
public record StatusChange(
        @NotNull IdeaStatus status,

        @Size(max = 5000) @Schema(examples = "We will trial solar lights on the stretch by Mill Bridge this spring.")
        String answer) {}
