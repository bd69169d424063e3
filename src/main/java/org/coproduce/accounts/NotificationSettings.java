package org.coproduce.accounts;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a person wants to hear about their notifications beyond the portal. */
@Schema(description = "My notification settings")
public record NotificationSettings(
        @Schema(description = "IMMEDIATE, DAILY_DIGEST (the default) or NONE") @NotNull
        EmailFrequency emailFrequency,

        @Schema(
                description = "Exceptions by kind of notification; a kind left out follows emailFrequency. A PUT"
                        + " replaces them all; leaving the field out clears them.")
        Map<NotificationKind, @NotNull EmailFrequency> byKind) {}
