package org.coproduce.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.coproduce.shared.security.StaffDirectory.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public service as the API shows it. */
@Schema(description = "A public service")
public record ServiceView(
        UUID id,
        @Schema(examples = "community-gardens") String slug,
        @Schema(examples = "Community gardens") String name,
        String summary,
        String description,
        ServiceCategory category,
        OrganisationRef organisation,
        @Schema(examples = "Whole borough") String areaServed,
        ContactDetails contact,

        @Schema(description = "false when the service is not currently running")
        boolean active,

        @Schema(description = "Changes on every update; send it back in If-Match", examples = "3")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    static ServiceView of(PublicService service, OrganisationRef organisation) {
        return new ServiceView(
                service.id,
                service.slug,
                service.name,
                service.summary,
                service.description,
                service.category,
                organisation,
                service.areaServed,
                new ContactDetails(service.contactEmail, service.contactPhone, service.contactWebsite),
                service.active,
                service.version,
                service.createdAt,
                service.updatedAt);
    }
}
