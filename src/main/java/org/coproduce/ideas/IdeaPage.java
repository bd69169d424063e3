package org.coproduce.ideas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of ideas. */
@Schema(description = "A page of ideas; pass nextCursor as cursor for the next page")
public record IdeaPage(List<IdeaView> items, String nextCursor) {}
