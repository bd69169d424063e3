package org.coproduce.accounts;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a person wants to hear about their notifications beyond the portal. */
@Schema(description = "My notification settings")
public record NotificationSettings(
        @Schema(description = "IMMEDIATE, DAILY_DIGEST (the default) or NONE") @NotNull
        EmailFrequency emailFrequency) {}
