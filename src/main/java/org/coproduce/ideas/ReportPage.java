package org.coproduce.ideas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the moderation queue. */
@Schema(description = "Open reports, oldest first; pass nextCursor as cursor for the next page")
public record ReportPage(List<ReportView> items, String nextCursor) {}
