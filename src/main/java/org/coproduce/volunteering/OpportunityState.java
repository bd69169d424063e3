package org.coproduce.volunteering;

/** Where an opportunity is in its life: prepared, open to sign-ups, or finished. */
public enum OpportunityState {
    DRAFT,
    PUBLISHED,
    CLOSED
}
