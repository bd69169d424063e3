package org.coproduce.ideas;

import java.time.Instant;
import java.util.UUID;

/**
 * A public idea with a place on the map, as other systems see it (Open311 service requests).
 *
 * @param closed implemented or not taken forward
 * @param latestAnswer staff's latest public answer, if any
 */
public record LocatedIdea(
        UUID id,
        UUID serviceId,
        String title,
        String body,
        String status,
        boolean closed,
        String latestAnswer,
        String placeName,
        double latitude,
        double longitude,
        Instant createdAt,
        Instant updatedAt) {}
