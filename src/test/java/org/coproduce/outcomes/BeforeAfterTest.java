package org.coproduce.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The evaluation's arithmetic against answers worked out by hand. */
class BeforeAfterTest {
    private static final long SEED = 20261129;

    @Test
    void constantSeriesGiveTheirDifferenceAndAnIntervalOfExactlyThat() {
        // Every resample of {10, 10, 10} has mean 10 and of {12, 12, 12} mean 12: the interval is [2, 2].
        BeforeAfter.Estimate estimate =
                BeforeAfter.difference(new double[] {10, 10, 10}, new double[] {12, 12, 12}, SEED, 2000);
        assertThat(estimate.value()).isEqualTo(2.0);
        assertThat(estimate.low()).isEqualTo(2.0);
        assertThat(estimate.high()).isEqualTo(2.0);
        assertThat(Evaluations.verdict(estimate, Better.UP)).isEqualTo(EvaluationView.Verdict.IMPROVED);
        assertThat(Evaluations.verdict(estimate, Better.DOWN)).isEqualTo(EvaluationView.Verdict.WORSENED);
    }

    @Test
    void theDifferenceInDifferencesTakesTheComparisonsChangeAway() {
        // Treated: 10 -> 14 (+4). Comparison: 5 -> 6 (+1). DiD = 4 - 1 = 3, and constant series make it exact.
        BeforeAfter.Estimate estimate = BeforeAfter.differenceInDifferences(
                new double[] {10, 10}, new double[] {14, 14}, new double[] {5, 5}, new double[] {6, 6}, SEED, 2000);
        assertThat(estimate.value()).isEqualTo(3.0);
        assertThat(estimate.low()).isEqualTo(3.0);
        assertThat(estimate.high()).isEqualTo(3.0);
    }

    @Test
    void theBootstrapIsSeededSoTheSameDataGivesTheSameInterval() {
        double[] before = {1, 2, 3, 4, 5};
        double[] after = {3, 4, 5, 6, 7};
        BeforeAfter.Estimate first = BeforeAfter.difference(before, after, SEED, 2000);
        BeforeAfter.Estimate again = BeforeAfter.difference(before, after, SEED, 2000);
        assertThat(again).isEqualTo(first);
        // Means 3 and 5: the difference is 2. Each resampled mean lies between 1 and 5 (or 3 and 7), and
        // with five values the spread of a mean is about 0.63, so the 95% interval is about 2 +/- 1.75.
        assertThat(first.value()).isEqualTo(2.0);
        assertThat(first.low()).isBetween(-0.5, 1.0);
        assertThat(first.high()).isBetween(3.0, 4.5);
        assertThat(first.high() - 2.0).isCloseTo(2.0 - first.low(), within(0.5));
        assertThat(Evaluations.verdict(first, Better.UP)).isEqualTo(EvaluationView.Verdict.IMPROVED);
    }

    @Test
    void anIntervalAcrossZeroIsNoClearChangeAndOneValueASideHasNoInterval() {
        BeforeAfter.Estimate noisy =
                BeforeAfter.difference(new double[] {1, 9, 1, 9}, new double[] {2, 8, 9, 1}, SEED, 2000);
        assertThat(noisy.value()).isEqualTo(0.0);
        assertThat(Evaluations.verdict(noisy, Better.UP)).isEqualTo(EvaluationView.Verdict.NO_CLEAR_CHANGE);

        BeforeAfter.Estimate single = BeforeAfter.difference(new double[] {4}, new double[] {6}, SEED, 2000);
        assertThat(single.value()).isEqualTo(2.0);
        assertThat(single.low()).isNull();
        assertThat(Evaluations.verdict(single, Better.UP)).isEqualTo(EvaluationView.Verdict.NOT_ENOUGH_DATA);
    }
}
