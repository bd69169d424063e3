package org.coproduce.ideas;

import java.util.Map;
import java.util.Set;

/**
 * Where an idea stands. Staff move it along SUBMITTED → UNDER_REVIEW → ACCEPTED → IN_PROGRESS →
 * IMPLEMENTED, or to NOT_TAKEN_FORWARD from review or accepted; the author may withdraw it while
 * it is SUBMITTED. Every move after review carries a public answer.
 */
public enum IdeaStatus {
    SUBMITTED,
    UNDER_REVIEW,
    ACCEPTED,
    IN_PROGRESS,
    IMPLEMENTED,
    NOT_TAKEN_FORWARD,
    WITHDRAWN;

    private static final Map<IdeaStatus, Set<IdeaStatus>> STAFF_MOVES = Map.of(
            SUBMITTED, Set.of(UNDER_REVIEW),
            UNDER_REVIEW, Set.of(ACCEPTED, NOT_TAKEN_FORWARD),
            ACCEPTED, Set.of(IN_PROGRESS, NOT_TAKEN_FORWARD),
            IN_PROGRESS, Set.of(IMPLEMENTED));

    boolean staffCanMoveTo(IdeaStatus next) {
        return STAFF_MOVES.getOrDefault(this, Set.of()).contains(next);
    }

    /** Moving out of review and beyond must say why, publicly. */
    boolean needsAnswerToMoveTo(IdeaStatus next) {
        return this != SUBMITTED;
    }

    boolean isOpenForSupport() {
        return this != WITHDRAWN && this != NOT_TAKEN_FORWARD;
    }
}
