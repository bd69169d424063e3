package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;

/**
 * Ideas that reach Coproduce through another channel (a council's CRM, a 311 line) and the public,
 * located ideas other systems read back: the ideas side of Open311.
 */
@ApplicationScoped
public class ChannelIdeas {
    /** Open311 answers at most this many requests at once. */
    public static final int MAX_RESULTS = 1000;

    private final EntityManager db;
    private final PublicServices services;
    private final IdeaEvents events;
    private final Clock clock;

    ChannelIdeas(EntityManager db, PublicServices services, IdeaEvents events, Clock clock) {
        this.db = db;
        this.services = services;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes an idea on behalf of a channel, whose person {@code authorId} stands for it. */
    @Transactional
    public LocatedIdea propose(
            ServiceRef service, UUID authorId, String title, String body, String placeName, double lat, double lon) {
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        idea.serviceId = service.id();
        idea.authorId = authorId;
        idea.title = title;
        idea.body = body;
        idea.placeName = placeName;
        idea.latitude = lat;
        idea.longitude = lon;
        idea.tags = new String[0];
        idea.status = IdeaStatus.SUBMITTED;
        idea.createdAt = clock.instant();
        idea.updatedAt = idea.createdAt;
        db.persist(idea);
        db.flush();
        events.submitted(idea, service);
        return find(idea.id).orElseThrow();
    }

    @Transactional
    public Optional<LocatedIdea> find(UUID id) {
        return query(List.of(id), null, null, null, null).stream().findFirst();
    }

    /**
     * Public located ideas of live services, newest first, at most {@link #MAX_RESULTS}. Every
     * filter is optional.
     *
     * @param closed true for closed only, false for open only, null for both
     */
    @Transactional
    public List<LocatedIdea> query(
            Collection<UUID> ids, Collection<UUID> serviceIds, Instant from, Instant to, Boolean closed) {
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, i.service_id, i.title, i.body, i.status, i.place_name, i.latitude, i.longitude,
                       i.created_at, i.updated_at,
                       (SELECT a.answer FROM idea_answers a WHERE a.idea_id = i.id AND a.answer IS NOT NULL
                        ORDER BY a.created_at DESC LIMIT 1)
                FROM ideas i
                WHERE i.latitude IS NOT NULL AND i.hidden_at IS NULL AND i.status <> 'WITHDRAWN'
                """);
        List<Object> parameters = new ArrayList<>();
        if (ids != null) {
            parameters.add(ids.toArray(UUID[]::new));
            sql.append(" AND i.id = ANY(?").append(parameters.size()).append(")");
        }
        List<UUID> live = services.allLive().stream().map(ServiceRef::id).toList();
        List<UUID> wanted = serviceIds == null
                ? live
                : serviceIds.stream().filter(live::contains).toList();
        parameters.add(wanted.toArray(UUID[]::new));
        sql.append(" AND i.service_id = ANY(?").append(parameters.size()).append(")");
        if (from != null) {
            parameters.add(from);
            sql.append(" AND i.created_at >= ?").append(parameters.size());
        }
        if (to != null) {
            parameters.add(to);
            sql.append(" AND i.created_at <= ?").append(parameters.size());
        }
        if (closed != null) {
            sql.append(closed ? " AND" : " AND NOT").append(" i.status IN ('IMPLEMENTED', 'NOT_TAKEN_FORWARD')");
        }
        sql.append(" ORDER BY i.created_at DESC, i.id DESC LIMIT ").append(MAX_RESULTS);
        var query = db.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<LocatedIdea> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            String status = (String) c[4];
            found.add(new LocatedIdea(
                    (UUID) c[0],
                    (UUID) c[1],
                    (String) c[2],
                    (String) c[3],
                    status,
                    status.equals("IMPLEMENTED") || status.equals("NOT_TAKEN_FORWARD"),
                    (String) c[10],
                    (String) c[5],
                    ((Number) c[6]).doubleValue(),
                    ((Number) c[7]).doubleValue(),
                    instant(c[8]),
                    instant(c[9])));
        }
        return found;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
