package org.coproduce.volunteering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An everyday contribution as its author sees it. */
@Schema(description = "An everyday contribution")
public record ContributionView(
        UUID id,
        ServiceRef service,
        ContributionKindView kind,
        LocalDate date,
        BigDecimal hours,
        String note,
        Instant createdAt) {}
