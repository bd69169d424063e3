package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.shared.database.SqlValues;

/** Reads and writes co-author invitations; a row with {@code acceptedAt} set is a co-author. */
@ApplicationScoped
class CoauthorRepository {
    private final EntityManager db;

    CoauthorRepository(EntityManager db) {
        this.db = db;
    }

    /** One person's invitation to one idea. */
    record Row(UUID ideaId, UUID personId, UUID invitedBy, Instant invitedAt, Instant acceptedAt) {
        boolean accepted() {
            return acceptedAt != null;
        }
    }

    /** Inserts the invitation unless it exists; true when this call made it. */
    boolean invite(UUID ideaId, UUID personId, UUID invitedBy, Instant at) {
        return db.createNativeQuery("""
                        INSERT INTO idea_coauthors (idea_id, person_id, invited_by, invited_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING
                        """)
                        .setParameter(1, ideaId)
                        .setParameter(2, personId)
                        .setParameter(3, invitedBy)
                        .setParameter(4, Timestamp.from(at))
                        .executeUpdate()
                == 1;
    }

    /** Accepts a pending invitation; true when this call accepted it. */
    boolean accept(UUID ideaId, UUID personId, Instant at) {
        return db.createNativeQuery("UPDATE idea_coauthors SET accepted_at = ?3"
                                + " WHERE idea_id = ?1 AND person_id = ?2 AND accepted_at IS NULL")
                        .setParameter(1, ideaId)
                        .setParameter(2, personId)
                        .setParameter(3, Timestamp.from(at))
                        .executeUpdate()
                == 1;
    }

    boolean remove(UUID ideaId, UUID personId) {
        return db.createNativeQuery("DELETE FROM idea_coauthors WHERE idea_id = ?1 AND person_id = ?2")
                        .setParameter(1, ideaId)
                        .setParameter(2, personId)
                        .executeUpdate()
                == 1;
    }

    Optional<Row> find(UUID ideaId, UUID personId) {
        return rows("idea_id = ?1 AND person_id = ?2", ideaId, personId).stream()
                .findFirst();
    }

    /** Everyone invited to the idea, accepted or not, in the order they were invited. */
    List<Row> ofIdea(UUID ideaId) {
        return rows("idea_id = ?1", ideaId, null);
    }

    boolean isCoauthor(UUID ideaId, UUID personId) {
        return find(ideaId, personId).filter(Row::accepted).isPresent();
    }

    /** The accepted co-authors of many ideas at once, in the order they accepted. */
    Map<UUID, List<UUID>> acceptedOf(Collection<UUID> ideaIds) {
        Map<UUID, List<UUID>> byIdea = new LinkedHashMap<>();
        if (ideaIds.isEmpty()) {
            return byIdea;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("SELECT idea_id, person_id FROM idea_coauthors"
                        + " WHERE idea_id = ANY(CAST(?1 AS uuid[])) AND accepted_at IS NOT NULL"
                        + " ORDER BY accepted_at, person_id")
                .setParameter(1, ideaIds.toArray(UUID[]::new))
                .getResultList();
        for (Object[] row : rows) {
            byIdea.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>())
                    .add((UUID) row[1]);
        }
        return byIdea;
    }

    private List<Row> rows(String where, UUID ideaId, UUID personId) {
        var query = db.createNativeQuery("SELECT idea_id, person_id, invited_by, invited_at, accepted_at"
                        + " FROM idea_coauthors WHERE " + where + " ORDER BY invited_at, person_id")
                .setParameter(1, ideaId);
        if (personId != null) {
            query.setParameter(2, personId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Row(
                        (UUID) r[0], (UUID) r[1], (UUID) r[2], SqlValues.instant(r[3]), SqlValues.instant(r[4])))
                .toList();
    }
}
