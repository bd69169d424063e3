package org.coproduce.volunteering;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom staff put on a shift. */
@Schema(description = "A staff assignment of a named person to a shift")
public record AssignmentInput(
        @Schema(description = "The person, by id") UUID personId,

        @Schema(description = "Or by email; they need not have signed in yet") @Email @Size(max = 254)
        String email,

        @Schema(description = "Required to add them when the shift is full; audited") @Size(max = 500)
        String overCapacityReason) {}
