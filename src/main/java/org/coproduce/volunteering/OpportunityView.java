package org.coproduce.volunteering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer opportunity as the API shows it. */
@Schema(description = "A task a service needs help with")
public record OpportunityView(
        UUID id,
        ServiceRef service,
        String title,

        @Schema(description = "Plain text; blank lines separate paragraphs")
        String description,

        String placeName,
        Double latitude,
        Double longitude,
        List<String> skills,
        String whatToBring,
        Integer minimumAge,
        List<String> checks,
        OpportunityState state,

        @Schema(description = "When its next shift with sign-up still possible starts, if any")
        Instant nextShiftAt,

        @Schema(description = "Places left in its upcoming shifts")
        int placesLeft,

        long version,
        Instant createdAt,
        Instant updatedAt) {}
