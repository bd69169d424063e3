package org.coproduce.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a moderator hides or restores something; recorded in the audit log. */
@Schema(description = "The reason for hiding or restoring, kept in the audit log")
public record ModerationDecision(
        @NotBlank @Size(max = 500) @Schema(examples = "Personal information about a third party")
        String reason) {}
