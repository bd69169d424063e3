package org.coproduce.ideas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A challenge as the API shows it. */
@Schema(description = "A question a service puts to the public")
public record ChallengeView(
        UUID id,
        ServiceRef service,
        String title,
        String brief,
        ChallengeState state,
        LocalDate opensOn,
        LocalDate closesOn,
        String budgetHint,

        @Schema(description = "Whether ideas can be proposed to it today")
        boolean acceptingIdeas,

        long version,
        Instant createdAt,
        Instant updatedAt) {}
