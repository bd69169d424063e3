package org.coproduce.ratings;

/** The orders reviews can be listed in, each backed by an index. */
public enum ReviewSort {
    NEWEST,
    LOWEST,
    HIGHEST
}
