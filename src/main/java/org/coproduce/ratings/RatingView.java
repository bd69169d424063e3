package org.coproduce.ratings;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rating, and when it has words, a public review with its reply. */
@Schema(description = "A rating of a service; with review text it is a public review")
public record RatingView(
        UUID id,
        UUID serviceId,
        @Schema(examples = "4") int overall,
        @Schema(examples = "3") Integer access,
        @Schema(examples = "2") Integer timeliness,
        @Schema(examples = "5") Integer courtesy,
        @Schema(examples = "4") Integer outcome,

        @Schema(description = "The review's words; null when there are none, or when moderators hid them")
        String review,

        @Schema(examples = "2026-10") String usedIn,
        Instant ratedAt,
        Instant updatedAt,

        @Schema(description = "The reviewer's display name; null for imported ratings", examples = "Bob")
        String reviewerName,

        @Schema(description = "Imported ratings: where they were gathered", examples = "library-kiosk")
        String source,

        @Schema(description = "Hidden by moderators (only its author and staff see it)")
        boolean hidden,

        ReplyView reply,

        @Schema(description = "The change committed in the reply, if any")
        ChangeView change,

        @Schema(description = "True when the caller gave this rating")
        boolean yours,

        @Schema(description = "Until when its author may change it instead of rating again")
        Instant changeableUntil,

        long version) {}
