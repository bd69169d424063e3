package org.coproduce.ratings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff reply to a review, optionally committing to a change. */
@Schema(description = "A public reply to a review. With change, the reply says \"we are making a change\".")
public record ReplyInput(
        @NotBlank
        @Size(max = 2000)
        @Schema(examples = "Thank you. The crew's route has changed and your street is now collected first.")
        String body,

        @Valid ChangeInput change) {

    @Schema(description = "What will change, and by when")
    public record ChangeInput(
            @NotBlank @Size(max = 1000) @Schema(examples = "Missed bins are collected within 2 working days.")
            String what,

            @NotNull @Schema(description = "The date it should be done by", examples = "2027-01-31")
            LocalDate expectedBy) {}
}
