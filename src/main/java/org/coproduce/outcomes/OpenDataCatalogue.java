package org.coproduce.outcomes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open data on offer, under the instance's licence. */
@Schema(description = "The data dictionary of the open datasets, and their licence. Nothing personal is published.")
public record OpenDataCatalogue(
        @Schema(examples = "Open Government Licence v3.0") String licence,

        @Schema(examples = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
        String licenceUrl,

        List<OpenDataset> datasets) {}
