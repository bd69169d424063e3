package org.coproduce.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of organisations. */
@Schema(description = "A page of organisations; pass nextCursor as cursor for the next page")
public record OrganisationPage(List<OrganisationView> items, String nextCursor) {}
