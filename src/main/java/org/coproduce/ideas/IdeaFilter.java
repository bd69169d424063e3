package org.coproduce.ideas;

import java.util.Collection;
import java.util.UUID;

/**
 * What a list of ideas is narrowed to, its order, and where the page starts. {@code authorId}
 * matches the author and accepted co-authors; {@code includeHidden} is only for a person's own list.
 */
record IdeaFilter(
        Collection<UUID> serviceIds,
        UUID challengeId,
        Collection<IdeaStatus> statuses,
        UUID authorId,
        String tag,
        String q,
        BoundingBox box,
        boolean includeHidden,
        IdeaSort sort,
        String cursor,
        int limit) {}
