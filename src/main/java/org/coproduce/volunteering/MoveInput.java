package org.coproduce.volunteering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where staff move a volunteer to. */
@Schema(description = "A move of a volunteer to another shift")
public record MoveInput(
        @NotNull UUID shiftId,

        @Schema(description = "Required when the other shift is full; audited") @Size(max = 500)
        String overCapacityReason) {}
