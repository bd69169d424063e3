package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.events.EventType;
import org.coproduce.shared.events.IntegrationEvents;

/** Tells other systems about ideas: what was proposed and how staff answered. Never who proposed it. */
@ApplicationScoped
class IdeaEvents {
    private final IntegrationEvents events;

    IdeaEvents(IntegrationEvents events) {
        this.events = events;
    }

    void submitted(Idea idea, ServiceRef service) {
        events.publish(EventType.IDEA_SUBMITTED, service.organisationId(), data(idea, service, null));
    }

    void answered(Idea idea, ServiceRef service, String answer) {
        events.publish(EventType.IDEA_ANSWERED, service.organisationId(), data(idea, service, answer));
    }

    private static Map<String, Object> data(Idea idea, ServiceRef service, String answer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", idea.id);
        data.put("serviceId", service.id());
        data.put("serviceSlug", service.slug());
        data.put("title", idea.title);
        data.put("status", idea.status.name());
        if (answer != null && !answer.isBlank()) {
            data.put("answer", answer.strip());
        }
        data.put("latitude", idea.latitude);
        data.put("longitude", idea.longitude);
        data.put("proposedAt", idea.createdAt);
        data.put("path", "/ideas/" + idea.id);
        return data;
    }
}
