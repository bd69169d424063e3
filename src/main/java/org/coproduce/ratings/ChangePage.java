package org.coproduce.ratings;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of changes, newest first. */
@Schema(description = "Changes newest first; pass nextCursor as cursor for more")
public record ChangePage(List<ChangeView> items, String nextCursor) {}
