package org.coproduce.volunteering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shift as the API shows it. */
@Schema(description = "A time slot of an opportunity with a number of places")
public record ShiftView(
        UUID id,
        UUID opportunityId,
        Instant startsAt,
        Instant endsAt,
        @Schema(description = "The shift's length in hours") BigDecimal hours,
        int capacity,

        @Schema(description = "Places staff added above capacity")
        int extraPlaces,

        int confirmedCount,
        int placesLeft,
        int waitlistLength,
        Instant signupOpensAt,
        Instant signupClosesAt,
        Instant cancelDeadline,
        @Schema(description = "Whether sign-up is open now") boolean signupOpen,

        @Schema(description = "The code volunteers enter to check in; only staff see it")
        String checkInCode,

        long version) {}
