package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.events.EventType;
import org.coproduce.shared.events.IntegrationEvents;

/**
 * Tells other systems about places on shifts: confirmed, cancelled, promoted from the waitlist, and
 * a shift filling up. Sign-ups are named by id only; who signed up stays in Coproduce.
 */
@ApplicationScoped
class DeliveryEvents {
    private final IntegrationEvents events;

    DeliveryEvents(IntegrationEvents events) {
        this.events = events;
    }

    void confirmed(ServiceRef service, Shift shift, Signup signup) {
        events.publish(EventType.SIGNUP_CONFIRMED, service.organisationId(), signup(service, shift, signup));
        fullIfSo(service, shift);
    }

    void promoted(ServiceRef service, Shift shift, Signup signup) {
        events.publish(EventType.SIGNUP_PROMOTED, service.organisationId(), signup(service, shift, signup));
        fullIfSo(service, shift);
    }

    void cancelled(ServiceRef service, Shift shift, Signup signup) {
        events.publish(EventType.SIGNUP_CANCELLED, service.organisationId(), signup(service, shift, signup));
    }

    private void fullIfSo(ServiceRef service, Shift shift) {
        if (shift.confirmedCount >= shift.places()) {
            events.publish(EventType.SHIFT_FULL, service.organisationId(), shift(service, shift));
        }
    }

    private static Map<String, Object> signup(ServiceRef service, Shift shift, Signup signup) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", signup.id);
        data.put("status", signup.status.name());
        data.put("shift", shift(service, shift));
        return data;
    }

    private static Map<String, Object> shift(ServiceRef service, Shift shift) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", shift.id);
        data.put("opportunityId", shift.opportunityId);
        data.put("serviceId", service.id());
        data.put("startsAt", shift.startsAt);
        data.put("endsAt", shift.endsAt);
        data.put("places", shift.places());
        data.put("confirmed", shift.confirmedCount);
        data.put("waitlisted", shift.waitlistCount);
        return data;
    }
}
