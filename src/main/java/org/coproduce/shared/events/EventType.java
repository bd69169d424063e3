package org.coproduce.shared.events;

/** The events a webhook can subscribe to; each has its name on the wire. */
public enum EventType {
    IDEA_SUBMITTED("idea.submitted"),
    IDEA_ANSWERED("idea.answered"),
    SIGNUP_CONFIRMED("signup.confirmed"),
    SIGNUP_CANCELLED("signup.cancelled"),
    SIGNUP_PROMOTED("signup.promoted"),
    SHIFT_FULL("shift.full"),
    RATING_CREATED("rating.created"),
    CHANGE_CONFIRMED("change.confirmed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static EventType fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("No event " + name);
    }
}
