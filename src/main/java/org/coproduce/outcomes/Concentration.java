package org.coproduce.outcomes;

import java.util.Arrays;

/**
 * How unevenly activity is spread across people: the share of all acts that came from the most
 * active tenth of them, and the Gini coefficient (0 when everyone did the same, towards 1 when a
 * few did everything).
 */
final class Concentration {
    private Concentration() {}

    record Figures(double topTenthShare, double gini) {}

    /** @param acts one count per person who did anything (zeros are allowed and count as people) */
    static Figures of(long[] acts) {
        long[] sorted = acts.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long total = Arrays.stream(sorted).sum();
        if (n == 0 || total == 0) {
            return new Figures(0, 0);
        }
        int top = (int) Math.ceil(n / 10.0);
        long topActs = 0;
        for (int i = n - top; i < n; i++) {
            topActs += sorted[i];
        }
        // Gini from the sorted values: G = (2 * sum(i * x_i) / (n * sum(x))) - (n + 1) / n, i from 1.
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * (double) sorted[i];
        }
        double gini = 2 * weighted / (n * (double) total) - (n + 1) / (double) n;
        return new Figures(topActs / (double) total, gini);
    }
}
