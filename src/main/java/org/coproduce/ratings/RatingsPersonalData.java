package org.coproduce.ratings;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.privacy.JsonRows;
import org.coproduce.shared.privacy.PersonalData;

/**
 * A person's ratings and reviews, their answers on promised changes, and (for staff) the replies
 * they wrote. On erasure nothing is deleted: the ratings make the services' summaries, and reviews
 * stay public as a former participant's.
 */
@ApplicationScoped
class RatingsPersonalData implements PersonalData {
    private final JsonRows rows;

    RatingsPersonalData(JsonRows rows) {
        this.rows = rows;
    }

    @Override
    public Map<String, JsonNode> export(UUID personId) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("ratings", rows.of("""
                        SELECT id, service_id AS "serviceId", overall, access, timeliness, courtesy, outcome,
                               review, used_in AS "usedIn", rated_at AS "ratedAt", updated_at AS "updatedAt"
                        FROM ratings WHERE person_id = ?1 ORDER BY rated_at, id""", personId));
        parts.put("changeConfirmations", rows.of("""
                        SELECT c.id, c.rating_id AS "ratingId", c.what, c.answer, c.answer_comment AS "comment",
                               c.answered_at AS "answeredAt"
                        FROM rating_changes c JOIN ratings r ON r.id = c.rating_id
                        WHERE r.person_id = ?1 AND c.answered_at IS NOT NULL ORDER BY c.answered_at, c.id""", personId));
        parts.put("repliesWritten", rows.of("""
                        SELECT id, rating_id AS "ratingId", body, created_at AS "createdAt"
                        FROM rating_replies WHERE author_id = ?1 ORDER BY created_at, id""", personId));
        return parts;
    }

    @Override
    public void erase(UUID personId) {
        // Nothing private: see the class comment.
    }
}
