package org.coproduce.catalogue;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of services. */
@Schema(description = "A page of services; pass nextCursor as cursor for the next page")
public record ServicePage(List<ServiceView> items, String nextCursor) {}
