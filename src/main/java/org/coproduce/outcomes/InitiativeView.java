package org.coproduce.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A co-production initiative. */
@Schema(description = "A co-production initiative on a service")
public record InitiativeView(
        UUID id,
        ServiceRef service,
        String name,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<Co> cos,

        @Schema(description = "Services without the initiative, compared against it")
        List<ServiceRef> comparisonServices,

        long version) {}
