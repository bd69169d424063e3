package org.coproduce.ratings;

/** Where a committed change stands. */
public enum ChangeStatus {
    COMMITTED,
    DONE
}
