package org.coproduce.ratings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reviewer's answer: did the promised change happen, and did it make a difference? */
@Schema(description = "Did this change happen? Did it make a difference?")
public record ConfirmationInput(
        @NotNull @Schema(examples = "PARTLY") ChangeAnswer answer,

        @Size(max = 1000) @Schema(examples = "Collections are on time now, but the bins are still left in the road.")
        String comment) {}
