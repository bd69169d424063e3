package org.coproduce.ratings;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of reviews. */
@Schema(description = "A page of reviews; pass nextCursor as cursor for more")
public record RatingPage(List<RatingView> items, String nextCursor) {}
