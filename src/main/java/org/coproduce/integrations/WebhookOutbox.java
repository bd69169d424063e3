package org.coproduce.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.events.EventType;
import org.coproduce.shared.events.IntegrationEvents;

/**
 * Writes each event to the outbox, and a delivery for each active subscription of the organisation
 * that wants it, in the caller's transaction: set-based, whatever the number of subscribers. The
 * sender delivers them afterwards; a change that rolls back takes its event with it.
 */
@ApplicationScoped
class WebhookOutbox implements IntegrationEvents {
    private final EntityManager db;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookOutbox(EntityManager db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, UUID organisationId, Object data) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        // The Standard Webhooks envelope: type, timestamp, data.
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", type.wireName());
        envelope.put("timestamp", now.toString());
        envelope.put("data", data);
        String payload;
        try {
            payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An event's data must be JSON", e);
        }
        db.createNativeQuery("INSERT INTO webhook_events (id, type, organisation_id, payload, occurred_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, type.wireName())
                .setParameter(3, organisationId)
                .setParameter(4, payload)
                .setParameter(5, now)
                .executeUpdate();
        db.createNativeQuery("""
                        INSERT INTO webhook_deliveries (id, subscription_id, event_id, status, next_attempt_at, created_at,
                                                        retrying_since)
                        SELECT gen_random_uuid(), s.id, ?1, 'PENDING', ?3, ?3, ?3 FROM webhook_subscriptions s
                        WHERE s.organisation_id = ?2 AND s.active AND ?4 = ANY (s.events)
                        """)
                .setParameter(1, id)
                .setParameter(2, organisationId)
                .setParameter(3, now)
                .setParameter(4, type.wireName())
                .executeUpdate();
    }
}
