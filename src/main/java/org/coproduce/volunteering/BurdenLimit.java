package org.coproduce.volunteering;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The most time one person may give in any rolling window (by default 16 hours in any 7 days),
 * because co-production must not overload the people it relies on.
 */
record BurdenLimit(Duration limit, Duration window) {

    /** A stretch of time someone has committed to. */
    record Interval(Instant start, Instant end) {
        Duration overlapWith(Instant from, Instant to) {
            Instant a = start.isAfter(from) ? start : from;
            Instant b = end.isBefore(to) ? end : to;
            return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
        }
    }

    /**
     * The most time in any window once {@code added} joins {@code existing}. The busiest window
     * always starts at some interval's start or ends at some interval's end, so only those are tried.
     */
    Duration busiestWindowWith(List<Interval> existing, Interval added) {
        List<Interval> all = new ArrayList<>(existing);
        all.add(added);
        Duration busiest = Duration.ZERO;
        for (Interval anchor : all) {
            for (Instant from : List.of(anchor.start(), anchor.end().minus(window))) {
                Instant to = from.plus(window);
                Duration total = Duration.ZERO;
                for (Interval interval : all) {
                    total = total.plus(interval.overlapWith(from, to));
                }
                if (total.compareTo(busiest) > 0) {
                    busiest = total;
                }
            }
        }
        return busiest;
    }

    boolean allows(List<Interval> existing, Interval added) {
        return busiestWindowWith(existing, added).compareTo(limit) <= 0;
    }
}
