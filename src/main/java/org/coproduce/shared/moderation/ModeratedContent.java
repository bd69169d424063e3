package org.coproduce.shared.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A feature whose public content can be reported and hidden. There is one moderation mechanism
 * (reports, the queue, hide and restore, in {@code ideas} where it began); it finds every
 * implementation of this interface, so ideas, comments and reviews are moderated the same way
 * without the moderation code reading other features' tables.
 */
public interface ModeratedContent {

    /** The kinds of content this feature answers for, as they appear in reports: {@code review}. */
    Set<String> types();

    /** Items of one kind by id, hidden or not; unknown ids are simply left out. */
    Map<UUID, ModeratedItem> find(String type, Collection<UUID> ids);

    /** Hides the item ({@code hiddenAt} given) or restores it ({@code hiddenAt} null). */
    void setHidden(String type, UUID id, Instant hiddenAt, String reason);
}
