package org.coproduce.shared.moderation;

import java.util.UUID;

/**
 * A piece of content as moderators see it.
 *
 * @param serviceId the service it belongs to: staff of the organisation that runs it moderate it
 * @param text the words that were reported
 * @param hidden hidden by a moderator
 * @param reportable the public sees it (not hidden, withdrawn or deleted), so it can be reported
 * @param link where it is in the portal
 * @param ideaId the idea it is, or is on, for ideas and comments; null otherwise
 */
public record ModeratedItem(
        String type,
        UUID id,
        UUID serviceId,
        String text,
        boolean hidden,
        boolean reportable,
        String link,
        UUID ideaId) {}
