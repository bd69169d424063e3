package org.coproduce.ideas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole timeline of an idea, oldest first. */
@Schema(description = "Every status move of the idea, oldest first; nextCursor is always null")
public record Timeline(List<TimelineEntry> items, String nextCursor) {}
