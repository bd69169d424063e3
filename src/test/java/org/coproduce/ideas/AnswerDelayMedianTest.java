package org.coproduce.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The median wait for a first answer, read from a histogram of whole days, worked out by hand. */
class AnswerDelayMedianTest {

    @Test
    void anOddCountTakesTheMiddleValue() {
        // 0, 2, 2, 5, 30: the third value.
        assertThat(IdeaStatistics.median(
                        List.of(new long[] {0, 1}, new long[] {2, 2}, new long[] {5, 1}, new long[] {30, 1})))
                .isEqualByComparingTo(new BigDecimal("2.0"));
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleValues() {
        // 1, 4: (1 + 4) / 2 = 2.5; and 3, 3, 7, 7: (3 + 7) / 2 = 5.0.
        assertThat(IdeaStatistics.median(List.of(new long[] {1, 1}, new long[] {4, 1})))
                .isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(IdeaStatistics.median(List.of(new long[] {3, 2}, new long[] {7, 2})))
                .isEqualByComparingTo(new BigDecimal("5.0"));
    }

    @Test
    void noAnswersHaveNoMedian() {
        assertThat(IdeaStatistics.median(List.of())).isNull();
    }
}
