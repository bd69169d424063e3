package org.coproduce.ratings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change committed in reply to a review, and what the reviewer said about it. */
@Schema(description = "\"You said, we did\": a change promised in reply to a review, and the reviewer's answer")
public record ChangeView(
        UUID id,
        UUID ratingId,
        ServiceRef service,

        @Schema(description = "You said: the review (null when it was hidden by moderators)")
        String review,

        @Schema(description = "The review's overall score", examples = "2")
        int overall,

        @Schema(description = "We said: the reply that made the commitment")
        String reply,

        @Schema(description = "What will change", examples = "Missed bins are collected within 2 working days.")
        String what,

        LocalDate expectedBy,
        Instant committedAt,

        @Schema(description = "COMMITTED until staff mark it done")
        ChangeStatus status,

        Instant doneAt,

        @Schema(description = "When the reviewer was asked whether it happened")
        Instant askedAt,

        Confirmation confirmation,

        @Schema(description = "True when the caller wrote the review and may answer")
        boolean yours,

        long version) {

    @Schema(description = "The reviewer's answer")
    public record Confirmation(ChangeAnswer answer, String comment, Instant answeredAt) {}
}
