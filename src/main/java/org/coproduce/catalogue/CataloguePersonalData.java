package org.coproduce.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.privacy.JsonRows;
import org.coproduce.shared.privacy.PersonalData;

/** The organisations a person works for as staff; an erased person works for none. */
@ApplicationScoped
class CataloguePersonalData implements PersonalData {
    private final EntityManager db;
    private final JsonRows rows;

    CataloguePersonalData(EntityManager db, JsonRows rows) {
        this.db = db;
        this.rows = rows;
    }

    @Override
    public Map<String, JsonNode> export(UUID personId) {
        return Map.of("staffMemberships", rows.of("""
                        SELECT o.id AS "organisationId", o.name AS "organisation", s.added_at AS "since"
                        FROM organisation_staff s JOIN organisations o ON o.id = s.organisation_id
                        WHERE s.person_id = ?1 ORDER BY o.name""", personId));
    }

    @Override
    public void erase(UUID personId) {
        db.createNativeQuery("DELETE FROM organisation_staff WHERE person_id = ?1")
                .setParameter(1, personId)
                .executeUpdate();
    }
}
