package org.coproduce.ideas;

import java.util.Collection;
import java.util.UUID;

/** What a list of ideas is narrowed to, its order, and where the page starts. */
record IdeaFilter(
        Collection<UUID> serviceIds,
        UUID challengeId,
        Collection<IdeaStatus> statuses,
        UUID authorId,
        String tag,
        String q,
        IdeaSort sort,
        String cursor,
        int limit) {}
