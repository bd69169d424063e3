package org.coproduce.ideas;

/** A challenge is prepared as a draft, opened to ideas, closed, and finally answered. */
public enum ChallengeState {
    DRAFT,
    OPEN,
    CLOSED,
    ANSWERED
}
