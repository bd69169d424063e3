package org.coproduce.volunteering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.privacy.JsonRows;
import org.coproduce.shared.privacy.PersonalData;

/**
 * A person's sign-ups and hours, contributions and confirmed checks. On erasure their places on
 * shifts still to come are given up (the waitlist moves on), their checks, notes and calendar
 * address are deleted, and past attendance and hours stay in the counts.
 */
@ApplicationScoped
class VolunteeringPersonalData implements PersonalData {
    private final EntityManager db;
    private final JsonRows rows;
    private final Signups signups;

    VolunteeringPersonalData(EntityManager db, JsonRows rows, Signups signups) {
        this.db = db;
        this.rows = rows;
        this.signups = signups;
    }

    @Override
    public Map<String, JsonNode> export(UUID personId) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("signups", rows.of("""
                        SELECT s.id, s.shift_id AS "shiftId", o.title AS "opportunityTitle",
                               sh.starts_at AS "startsAt", sh.ends_at AS "endsAt", s.status,
                               s.queued_at AS "queuedAt", s.confirmed_at AS "confirmedAt", s.ended_at AS "endedAt",
                               s.attendance, s.hours, s.checked_in_at AS "checkedInAt",
                               s.hours_approved_at AS "hoursApprovedAt"
                        FROM signups s JOIN shifts sh ON sh.id = s.shift_id
                        JOIN opportunities o ON o.id = sh.opportunity_id
                        WHERE s.person_id = ?1 ORDER BY sh.starts_at, s.id""", personId));
        parts.put("contributions", rows.of("""
                        SELECT c.id, c.service_id AS "serviceId", k.name AS "kind", c.happened_on AS "happenedOn",
                               c.hours, c.note, c.created_at AS "createdAt"
                        FROM contributions c JOIN contribution_kinds k ON k.id = c.kind_id
                        WHERE c.person_id = ?1 ORDER BY c.happened_on, c.id""", personId));
        parts.put("checks", rows.of("""
                        SELECT organisation_id AS "organisationId", check_name AS "check", confirmed_at AS "confirmedAt"
                        FROM volunteer_checks WHERE person_id = ?1 ORDER BY confirmed_at, check_name""", personId));
        parts.put(
                "calendarFeed",
                rows.of("SELECT created_at AS \"createdAt\" FROM calendar_feeds WHERE person_id = ?1", personId));
        return parts;
    }

    @Override
    public void erase(UUID personId) {
        signups.giveUpComingPlaces(personId);
        for (String delete : new String[] {
            "DELETE FROM calendar_feeds WHERE person_id = ?1", "DELETE FROM volunteer_checks WHERE person_id = ?1"
        }) {
            db.createNativeQuery(delete).setParameter(1, personId).executeUpdate();
        }
        db.createNativeQuery("UPDATE contributions SET note = NULL WHERE person_id = ?1 AND note IS NOT NULL")
                .setParameter(1, personId)
                .executeUpdate();
    }
}
