package org.coproduce.integrations;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A machine client of the identity provider and the organisation it acts for. */
@Schema(description = "A machine client and the one organisation whose data it may touch")
public record IntegratorClientView(
        @Schema(description = "The client's id at the identity provider", examples = "riverside-crm")
        String clientId,

        @Schema(examples = "Riverside CRM") String name,
        UUID organisationId,

        @Schema(examples = "Riverside Parks and Open Spaces")
        String organisationName) {}
