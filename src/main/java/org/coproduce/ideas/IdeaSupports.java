package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Supports and the count kept beside them. The primary key allows one support per person; the
 * count changes in the same transaction, only when a row really was added or removed, and the
 * row lock on the idea serialises concurrent changes, so the count is always exact.
 */
@ApplicationScoped
public class IdeaSupports {
    private final EntityManager db;

    IdeaSupports(EntityManager db) {
        this.db = db;
    }

    public void add(UUID ideaId, UUID personId) {
        int added = db.createNativeQuery(
                        "INSERT INTO idea_supports (idea_id, person_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, ideaId)
                .setParameter(2, personId)
                .executeUpdate();
        changeCount(ideaId, added);
    }

    public void remove(UUID ideaId, UUID personId) {
        int removed = db.createNativeQuery("DELETE FROM idea_supports WHERE idea_id = ?1 AND person_id = ?2")
                .setParameter(1, ideaId)
                .setParameter(2, personId)
                .executeUpdate();
        changeCount(ideaId, -removed);
    }

    public boolean supports(UUID ideaId, UUID personId) {
        return !db.createNativeQuery("SELECT 1 FROM idea_supports WHERE idea_id = ?1 AND person_id = ?2")
                .setParameter(1, ideaId)
                .setParameter(2, personId)
                .getResultList()
                .isEmpty();
    }

    /** Everyone who supports the idea, to tell them when it moves. */
    @SuppressWarnings("unchecked")
    public java.util.List<UUID> supporterIds(UUID ideaId) {
        return db.createNativeQuery("SELECT person_id FROM idea_supports WHERE idea_id = ?1")
                .setParameter(1, ideaId)
                .getResultList();
    }

    private void changeCount(UUID ideaId, int by) {
        if (by != 0) {
            db.createNativeQuery("UPDATE ideas SET support_count = support_count + ?2 WHERE id = ?1")
                    .setParameter(1, ideaId)
                    .setParameter(2, by)
                    .executeUpdate();
        }
    }
}
