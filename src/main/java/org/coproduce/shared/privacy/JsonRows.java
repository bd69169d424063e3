package org.coproduce.shared.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Reads a query's rows as a JSON array, built by PostgreSQL: an export lists every column a feature
 * chose to give, without a view class per table.
 */
@ApplicationScoped
public class JsonRows {
    private final EntityManager db;
    private final ObjectMapper json;

    JsonRows(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The rows of {@code select} (whose only parameter, ?1, is the person) as an array of objects. */
    public JsonNode of(String select, UUID personId) {
        String text =
                (String) db.createNativeQuery("SELECT coalesce(json_agg(r), '[]'::json)::text FROM (" + select + ") r")
                        .setParameter(1, personId)
                        .getSingleResult();
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned JSON Jackson cannot read", e);
        }
    }
}
