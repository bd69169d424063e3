package org.coproduce.ideas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an idea's comments, oldest first. */
@Schema(description = "Comments oldest first (replies carry parentId); pass nextCursor as cursor for more")
public record CommentPage(List<CommentView> items, String nextCursor) {}
