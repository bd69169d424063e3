package org.coproduce.outcomes;

import java.util.Arrays;
import java.util.Random;

/**
 * The arithmetic of a before/after comparison: the difference of means and a 95% percentile
 * bootstrap interval for it, and the same for a difference in differences. The random numbers come
 * from a fixed seed, so the same observations always give the same interval.
 */
final class BeforeAfter {
    private BeforeAfter() {}

    /** A difference and its 95% interval (null bounds when there are too few values to resample). */
    record Estimate(double value, Double low, Double high) {}

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** after minus before. */
    static Estimate difference(double[] before, double[] after, long seed, int samples) {
        double value = mean(after) - mean(before);
        if (before.length < 2 || after.length < 2) {
            return new Estimate(value, null, null);
        }
        Random random = new Random(seed);
        double[] resampled = new double[samples];
        for (int i = 0; i < samples; i++) {
            resampled[i] = resampledMean(after, random) - resampledMean(before, random);
        }
        return withInterval(value, resampled);
    }

    /** (treated after - treated before) - (comparison after - comparison before). */
    static Estimate differenceInDifferences(
            double[] before,
            double[] after,
            double[] comparisonBefore,
            double[] comparisonAfter,
            long seed,
            int samples) {
        double value = mean(after) - mean(before) - (mean(comparisonAfter) - mean(comparisonBefore));
        if (before.length < 2 || after.length < 2 || comparisonBefore.length < 2 || comparisonAfter.length < 2) {
            return new Estimate(value, null, null);
        }
        Random random = new Random(seed);
        double[] resampled = new double[samples];
        for (int i = 0; i < samples; i++) {
            resampled[i] = resampledMean(after, random)
                    - resampledMean(before, random)
                    - (resampledMean(comparisonAfter, random) - resampledMean(comparisonBefore, random));
        }
        return withInterval(value, resampled);
    }

    private static double resampledMean(double[] values, Random random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    /** The 2.5th and 97.5th percentiles of the resampled differences (nearest rank). */
    private static Estimate withInterval(double value, double[] resampled) {
        Arrays.sort(resampled);
        int last = resampled.length - 1;
        return new Estimate(value, resampled[(int) Math.floor(0.025 * last)], resampled[(int) Math.ceil(0.975 * last)]);
    }
}
