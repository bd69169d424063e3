package org.coproduce.catalogue;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What other features show of a service, and the organisation that answers for it. */
@Schema(description = "A short reference to a public service")
public record ServiceRef(
        UUID id,
        @Schema(examples = "community-gardens") String slug,
        @Schema(examples = "Community gardens") String name,
        UUID organisationId) {}
