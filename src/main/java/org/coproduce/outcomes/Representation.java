package org.coproduce.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.DeclarationCounts;
import org.coproduce.accounts.GroupQuestion;
import org.coproduce.accounts.Population;

/**
 * Turns counts of declared areas and answers into shares beside the population's, withholding
 * small groups: every count below {@link Monitors#MINIMUM_GROUP}, and, when a set would have just
 * one withheld figure (which the total and the rest would give away), the next smallest as well.
 */
final class Representation {
    private Representation() {}

    static MonitorView.Representativeness of(DeclarationCounts counts, Population population) {
        List<MonitorView.Share> areas = new ArrayList<>();
        population.areas().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(Population.Area::name)))
                .forEach(area -> areas.add(share(
                        area.getKey(),
                        area.getValue().name(),
                        counts.byArea().getOrDefault(area.getKey(), 0L),
                        counts.declaredArea(),
                        area.getValue().share())));
        List<MonitorView.GroupShares> groups = new ArrayList<>();
        for (GroupQuestion question : GroupQuestion.values()) {
            Map<String, BigDecimal> shares = population.groups().getOrDefault(question.key(), Map.of());
            long declared = counts.declaredAnswer().getOrDefault(question, 0L);
            Map<String, Long> answered = counts.byAnswer().getOrDefault(question, Map.of());
            List<MonitorView.Share> answers = new ArrayList<>();
            for (String answer : question.answers()) {
                answers.add(share(answer, answer, answered.getOrDefault(answer, 0L), declared, shares.get(answer)));
            }
            groups.add(new MonitorView.GroupShares(question, visible(declared), withholdSecondary(answers)));
        }
        return new MonitorView.Representativeness(
                visible(counts.people()), visible(counts.declaredArea()), withholdSecondary(areas), groups);
    }

    private static MonitorView.Share share(String code, String name, long people, long of, BigDecimal population) {
        boolean shown = people >= Monitors.MINIMUM_GROUP && of >= Monitors.MINIMUM_GROUP;
        return new MonitorView.Share(
                code,
                name,
                shown ? people : null,
                shown ? BigDecimal.valueOf(100 * people).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP) : null,
                population == null
                        ? null
                        : population.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
    }

    /** When exactly one figure is withheld, withholds the smallest shown one too. */
    static List<MonitorView.Share> withholdSecondary(List<MonitorView.Share> shares) {
        long withheld = shares.stream().filter(s -> s.people() == null).count();
        if (withheld != 1) {
            return shares;
        }
        MonitorView.Share smallest = shares.stream()
                .filter(s -> s.people() != null)
                .min(Comparator.comparingLong(MonitorView.Share::people))
                .orElse(null);
        return shares.stream()
                .map(s -> s == smallest
                        ? new MonitorView.Share(s.code(), s.name(), null, null, s.populationPercent())
                        : s)
                .toList();
    }

    private static Long visible(long count) {
        return count >= Monitors.MINIMUM_GROUP ? count : null;
    }
}
