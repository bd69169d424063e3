package org.coproduce.outcomes;

/** Which way an indicator improves. */
public enum Better {
    UP,
    DOWN
}
