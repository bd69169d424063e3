package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.events.EventType;
import org.coproduce.shared.events.IntegrationEvents;

/** Tells other systems about ratings made and changes citizens confirmed. Never who rated. */
@ApplicationScoped
class AssessmentEvents {
    private final IntegrationEvents events;

    AssessmentEvents(IntegrationEvents events) {
        this.events = events;
    }

    void created(Rating rating, ServiceRef service) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", rating.id);
        data.put("serviceId", service.id());
        data.put("serviceSlug", service.slug());
        data.put("overall", rating.overall);
        data.put("hasReview", rating.review != null);
        data.put("source", rating.source);
        data.put("externalId", rating.externalId);
        data.put("ratedAt", rating.ratedAt);
        events.publish(EventType.RATING_CREATED, service.organisationId(), data);
    }

    void confirmed(Change change, ServiceRef service) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", change.id);
        data.put("serviceId", service.id());
        data.put("what", change.what);
        data.put("answer", change.answer.name());
        data.put("answeredAt", change.answeredAt);
        events.publish(EventType.CHANGE_CONFIRMED, service.organisationId(), data);
    }
}
