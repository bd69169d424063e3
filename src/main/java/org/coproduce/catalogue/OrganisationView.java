package org.coproduce.catalogue;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows it. */
@Schema(description = "An organisation that runs public services")
public record OrganisationView(
        UUID id,
        @Schema(examples = "riverside-parks") String slug,

        @Schema(examples = "Riverside Parks and Open Spaces")
        String name,

        String description,

        @Schema(examples = "https://riverside.example/parks")
        String website,

        @Schema(examples = "0") long version) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                organisation.id,
                organisation.slug,
                organisation.name,
                organisation.description,
                organisation.website,
                organisation.version);
    }
}
