package org.coproduce.outcomes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of initiatives, latest start first. */
@Schema(description = "Initiatives, the latest start first; pass nextCursor as cursor for more")
public record InitiativePage(List<InitiativeView> items, String nextCursor) {}
