package org.coproduce.integrations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a webhook's deliveries, newest first. */
@Schema(description = "A page of deliveries, newest first")
public record DeliveryPage(
        List<DeliveryView> items,
        @Schema(description = "Null on the last page") String nextCursor) {}
