package org.coproduce.shared.events;

import java.util.UUID;

/**
 * What features tell other systems about: an idea submitted, a sign-up confirmed, a rating made.
 * Call it inside the transaction of the change itself; the event is written to an outbox in that
 * transaction, so a change that rolls back announces nothing, and one that commits is delivered at
 * least once. Implemented by {@code integrations}, which sends it to the organisation's webhooks.
 */
public interface IntegrationEvents {

    /**
     * @param type the event type, e.g. {@code rating.created} (see {@link EventType})
     * @param organisationId the organisation whose subscribers may hear it
     * @param data what happened: ids and public facts, never anyone's personal details
     */
    void publish(EventType type, UUID organisationId, Object data);
}
