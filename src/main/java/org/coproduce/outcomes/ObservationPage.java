package org.coproduce.outcomes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of observations, oldest first. */
@Schema(description = "Observations oldest first; pass nextCursor as cursor for more")
public record ObservationPage(List<ObservationView> items, String nextCursor) {}
