package org.coproduce.ratings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rating as a citizen (or, with source and externalId, an integrator) submits it.
 *
 * @param ratedAt imported ratings only: when it was given elsewhere (defaults to now)
 */
@Schema(
        description = "Rate a service. Citizens leave source, externalId and ratedAt out; integrators importing"
                + " ratings gathered elsewhere (a kiosk, a paper survey) must give source and externalId.")
public record RatingInput(
        @NotNull
        @Min(value = 1, message = "must be between 1 and 5")
        @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "Overall score, 1 (very poor) to 5 (very good)", examples = "4")
        Integer overall,

        @Min(value = 1, message = "must be between 1 and 5")
        @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "How easy it was to reach and use", examples = "3")
        Integer access,

        @Min(value = 1, message = "must be between 1 and 5")
        @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "How quickly it happened", examples = "2")
        Integer timeliness,

        @Min(value = 1, message = "must be between 1 and 5")
        @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "How well staff treated you", examples = "5")
        Integer courtesy,

        @Min(value = 1, message = "must be between 1 and 5")
        @Max(value = 5, message = "must be between 1 and 5")
        @Schema(description = "Whether it did what you needed", examples = "4")
        Integer outcome,

        @Size(max = 2000)
        @Schema(
                description = "Optional words: a rating with words is a public review",
                examples = "Collection was missed twice in October, but the crew came back the next day.")
        String review,

        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2026-10")
        @Schema(description = "The month you used the service", examples = "2026-10")
        String usedIn,

        @Size(min = 1, max = 100)
        @Schema(description = "Integrators only: where the rating was gathered", examples = "library-kiosk")
        String source,

        @Size(min = 1, max = 200)
        @Schema(description = "Integrators only: its id in the source", examples = "kiosk-2026-11-0042")
        String externalId,

        @Past @Schema(description = "Integrators only: when it was given (defaults to now)")
        Instant ratedAt) {

    Scores scores() {
        return new Scores(overall, access, timeliness, courtesy, outcome);
    }

    /** The review, or null when the words are blank. */
    String reviewText() {
        return review == null || review.isBlank() ? null : review.strip();
    }
}
