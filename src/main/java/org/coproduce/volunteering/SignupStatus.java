package org.coproduce.volunteering;

/** Where a sign-up stands. Only CONFIRMED and WAITLISTED are active. */
public enum SignupStatus {
    CONFIRMED,
    WAITLISTED,
    /** The volunteer cancelled. */
    CANCELLED,
    /** Staff removed them (or moved them to another shift). */
    REMOVED;

    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
