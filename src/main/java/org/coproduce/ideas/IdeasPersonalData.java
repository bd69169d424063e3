package org.coproduce.ideas;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.privacy.JsonRows;
import org.coproduce.shared.privacy.PersonalData;

/**
 * A person's ideas, comments, supports, co-authorships and reports. On erasure their ideas and
 * comments stay public as a former participant's, and their supports stay so no count drops;
 * invitations they have not accepted are withdrawn.
 */
@ApplicationScoped
class IdeasPersonalData implements PersonalData {
    private final EntityManager db;
    private final JsonRows rows;

    IdeasPersonalData(EntityManager db, JsonRows rows) {
        this.db = db;
        this.rows = rows;
    }

    @Override
    public Map<String, JsonNode> export(UUID personId) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("ideas", rows.of("""
                        SELECT id, service_id AS "serviceId", challenge_id AS "challengeId", title, body,
                               place_name AS "placeName", latitude, longitude, tags, status,
                               created_at AS "createdAt", updated_at AS "updatedAt"
                        FROM ideas WHERE author_id = ?1 ORDER BY created_at, id""", personId));
        parts.put("comments", rows.of("""
                        SELECT id, idea_id AS "ideaId", parent_id AS "parentId", body, created_at AS "createdAt",
                               edited_at AS "editedAt", deleted_at AS "deletedAt"
                        FROM idea_comments WHERE author_id = ?1 ORDER BY created_at, id""", personId));
        parts.put("supports", rows.of("""
                        SELECT s.idea_id AS "ideaId", i.title AS "ideaTitle", s.created_at AS "createdAt"
                        FROM idea_supports s JOIN ideas i ON i.id = s.idea_id
                        WHERE s.person_id = ?1 ORDER BY s.created_at, s.idea_id""", personId));
        parts.put("coauthorships", rows.of("""
                        SELECT c.idea_id AS "ideaId", i.title AS "ideaTitle", c.invited_at AS "invitedAt",
                               c.accepted_at AS "acceptedAt"
                        FROM idea_coauthors c JOIN ideas i ON i.id = c.idea_id
                        WHERE c.person_id = ?1 ORDER BY c.invited_at, c.idea_id""", personId));
        parts.put("reports", rows.of("""
                        SELECT id, target_type AS "targetType", target_id AS "targetId", reason,
                               created_at AS "createdAt"
                        FROM reports WHERE reporter_id = ?1 ORDER BY created_at, id""", personId));
        parts.put("ideaAnswersGiven", rows.of("""
                        SELECT id, idea_id AS "ideaId", from_status AS "fromStatus", to_status AS "toStatus",
                               answer, created_at AS "createdAt"
                        FROM idea_answers WHERE answered_by = ?1 ORDER BY created_at, id""", personId));
        return parts;
    }

    @Override
    public void erase(UUID personId) {
        db.createNativeQuery("DELETE FROM idea_coauthors WHERE person_id = ?1 AND accepted_at IS NULL")
                .setParameter(1, personId)
                .executeUpdate();
    }
}
