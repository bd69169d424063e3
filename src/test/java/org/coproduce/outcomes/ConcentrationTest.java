package org.coproduce.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Concentration figures against answers worked out by hand. */
class ConcentrationTest {

    @Test
    void everyoneDoingTheSameIsNoConcentration() {
        Concentration.Figures even = Concentration.of(new long[] {3, 3, 3, 3, 3});
        assertThat(even.gini()).isCloseTo(0.0, within(1e-12));
        // ceil(5 / 10) = 1 person is the top tenth: 3 of 15 acts.
        assertThat(even.topTenthShare()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void oneOfFivePeopleDoingEverythingIsAGiniOfFourFifths() {
        // Sorted 0,0,0,0,10: sum(i * x_i) = 5 * 10 = 50; G = 2 * 50 / (5 * 10) - 6 / 5 = 2 - 1.2 = 0.8.
        Concentration.Figures one = Concentration.of(new long[] {10, 0, 0, 0, 0});
        assertThat(one.gini()).isCloseTo(0.8, within(1e-12));
        assertThat(one.topTenthShare()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aWorkedExample() {
        // 1, 2, 3, 4, 10 (sum 20): sum(i * x_i) = 1 + 4 + 9 + 16 + 50 = 80; G = 160 / 100 - 1.2 = 0.4.
        // Top tenth = 1 person with 10 of 20 acts = 0.5.
        Concentration.Figures figures = Concentration.of(new long[] {4, 1, 10, 3, 2});
        assertThat(figures.gini()).isCloseTo(0.4, within(1e-12));
        assertThat(figures.topTenthShare()).isCloseTo(0.5, within(1e-12));
    }
}
