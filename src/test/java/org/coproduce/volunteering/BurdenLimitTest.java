package org.coproduce.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BurdenLimitTest {
    private static final BurdenLimit LIMIT = new BurdenLimit(Duration.ofHours(16), Duration.ofDays(7));
    private static final Instant MONDAY = Instant.parse("2027-01-04T09:00:00Z");

    private static BurdenLimit.Interval day(int offset, int hours) {
        Instant start = MONDAY.plus(Duration.ofDays(offset));
        return new BurdenLimit.Interval(start, start.plus(Duration.ofHours(hours)));
    }

    @Test
    void exactlyTheLimitIsAllowedAndAMinuteMoreIsNot() {
        assertThat(LIMIT.allows(List.of(day(0, 8)), day(3, 8))).isTrue();
        BurdenLimit.Interval aMinuteMore =
                new BurdenLimit.Interval(day(3, 8).start(), day(3, 8).end().plus(Duration.ofMinutes(1)));
        assertThat(LIMIT.allows(List.of(day(0, 8)), aMinuteMore)).isFalse();
    }

    @Test
    void onlyShiftsWithinOneRollingWindowCountTogether() {
        // Days 0 and 7 are 7 days apart: the window [day 0 09:00, day 7 09:00) holds the first only.
        assertThat(LIMIT.busiestWindowWith(List.of(day(0, 8)), day(7, 8))).isEqualTo(Duration.ofHours(8));
        // A window from day 1 catches days 1, 4 and 6 whatever the calendar week.
        assertThat(LIMIT.busiestWindowWith(List.of(day(1, 6), day(4, 6)), day(6, 6)))
                .isEqualTo(Duration.ofHours(18));
    }

    @Test
    void partOfAShiftCountsWhenTheWindowCutsIt() {
        BurdenLimit.Interval first =
                new BurdenLimit.Interval(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-01-01T10:00:00Z"));
        BurdenLimit.Interval overnight =
                new BurdenLimit.Interval(Instant.parse("2027-01-07T20:00:00Z"), Instant.parse("2027-01-08T04:00:00Z"));
        // The busiest 7 days hold all of the first and 4 hours of the overnight one (or 6 and 8): 14 hours.
        assertThat(LIMIT.busiestWindowWith(List.of(first), overnight)).isEqualTo(Duration.ofHours(14));
        assertThat(LIMIT.allows(List.of(first), overnight)).isTrue();
    }
}
