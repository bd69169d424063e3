package org.coproduce.ratings;

/** The scores of one rating: overall (always) and the four optional dimensions, each 1 to 5. */
record Scores(int overall, Integer access, Integer timeliness, Integer courtesy, Integer outcome) {}
