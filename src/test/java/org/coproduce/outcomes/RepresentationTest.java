package org.coproduce.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.coproduce.accounts.DeclarationCounts;
import org.coproduce.accounts.GroupQuestion;
import org.coproduce.accounts.Population;
import org.junit.jupiter.api.Test;

/** Shares of declared areas and answers, with small groups withheld, worked out by hand. */
class RepresentationTest {

    private record TestArea(String name, BigDecimal share) implements Population.Area {}

    private static final Population POPULATION = new Population() {
        @Override
        public Map<String, Population.Area> areas() {
            return Map.of(
                    "northbank", new TestArea("Northbank", new BigDecimal("0.30")),
                    "millbrook", new TestArea("Millbrook", new BigDecimal("0.25")),
                    "riverside-central", new TestArea("Riverside Central", new BigDecimal("0.45")));
        }

        @Override
        public Map<String, Map<String, BigDecimal>> groups() {
            return Map.of("age-band", Map.of("65+", new BigDecimal("0.20")));
        }
    };

    @Test
    void sharesAreOfThoseWhoDeclaredAndSmallGroupsAreWithheld() {
        // 20 people; 12 said their area: 7 Northbank, 5 Millbrook, none Riverside Central. 6 gave an age band,
        // all 65+. 3 answered the disability question.
        DeclarationCounts counts = new DeclarationCounts(
                20,
                12,
                Map.of("northbank", 7L, "millbrook", 5L),
                Map.of(GroupQuestion.AGE_BAND, 6L, GroupQuestion.DISABILITY, 3L),
                Map.of(GroupQuestion.AGE_BAND, Map.of("65+", 6L), GroupQuestion.DISABILITY, Map.of("yes", 3L)));

        MonitorView.Representativeness shown = Representation.of(counts, POPULATION);

        assertThat(shown.people()).isEqualTo(20L);
        assertThat(shown.declaredArea()).isEqualTo(12L);
        // By name: Millbrook, Northbank, Riverside Central. Riverside Central (0) is withheld; being the only
        // one, 12 - 7 would give Millbrook's 5 away anyway, so Millbrook is withheld too.
        assertThat(shown.areas())
                .extracting(MonitorView.Share::name)
                .containsExactly("Millbrook", "Northbank", "Riverside Central");
        assertThat(shown.areas().get(0).people()).isNull();
        assertThat(shown.areas().get(0).populationPercent()).isEqualByComparingTo("25.0");
        assertThat(shown.areas().get(1).people()).isEqualTo(7L);
        assertThat(shown.areas().get(1).percent()).isEqualByComparingTo("58.3"); // 7 / 12
        assertThat(shown.areas().get(1).populationPercent()).isEqualByComparingTo("30.0");
        assertThat(shown.areas().get(2).people()).isNull();

        MonitorView.GroupShares age = shown.groups().get(0);
        assertThat(age.question()).isEqualTo(GroupQuestion.AGE_BAND);
        assertThat(age.declared()).isEqualTo(6L);
        assertThat(age.answers()).extracting(MonitorView.Share::code).containsExactly("16-24", "25-44", "45-64", "65+");
        // Three bands withheld (none), so nothing more needs withholding; 65+ is 6 of 6.
        assertThat(age.answers().get(3).percent()).isEqualByComparingTo("100.0");
        assertThat(age.answers().get(3).populationPercent()).isEqualByComparingTo("20.0");
        assertThat(age.answers().get(0).populationPercent()).isNull();

        MonitorView.GroupShares disability = shown.groups().get(1);
        assertThat(disability.declared()).isNull();
        assertThat(disability.answers()).allSatisfy(a -> assertThat(a.people()).isNull());
    }

    @Test
    void fewerThanFivePeopleShowNothing() {
        DeclarationCounts counts = new DeclarationCounts(4, 4, Map.of("northbank", 4L), Map.of(), Map.of());
        MonitorView.Representativeness shown = Representation.of(counts, POPULATION);
        assertThat(shown.people()).isNull();
        assertThat(shown.declaredArea()).isNull();
        assertThat(shown.areas()).allSatisfy(a -> assertThat(a.people()).isNull());
    }
}
