package org.coproduce.accounts;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** My account as Coproduce holds it. */
@Schema(description = "My account")
public record AccountView(
        UUID id,
        @Schema(examples = "Bob Jones") String displayName,

        @Schema(description = "True when I chose the name here rather than taking my sign-in's")
        boolean displayNameChosen,

        @Schema(description = "en, cy, or null when not chosen")
        String language,

        @Schema(description = "From my sign-in; only I and staff running my shifts see it")
        String email,

        Instant createdAt) {}
