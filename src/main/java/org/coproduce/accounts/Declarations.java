package org.coproduce.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.api.ProblemException;

/**
 * The area and self-declared answers people choose to give, used only to show staff who takes
 * part and who is left out, and only as counts of 5 or more people. People change or withdraw
 * them at any time; withdrawing deletes them.
 */
@ApplicationScoped
public class Declarations {
    private final EntityManager db;
    private final People people;
    private final Population population;
    private final Clock clock;

    Declarations(EntityManager db, People people, Population population, Clock clock) {
        this.db = db;
        this.people = people;
        this.population = population;
        this.clock = clock;
    }

    public Population population() {
        return population;
    }

    @Transactional
    public ProfileView mine() {
        UUID me = people.me().id();
        Person person = db.find(Person.class, me);
        Map<GroupQuestion, String> answers = new EnumMap<>(GroupQuestion.class);
        for (Object row : db.createNativeQuery("SELECT question, answer FROM person_group_answers WHERE person_id = ?1")
                .setParameter(1, me)
                .getResultList()) {
            Object[] c = (Object[]) row;
            answers.put(GroupQuestion.valueOf((String) c[0]), (String) c[1]);
        }
        return new ProfileView(
                person.area,
                answers,
                population.areas().entrySet().stream()
                        .map(area -> new ProfileView.AreaChoice(
                                area.getKey(), area.getValue().name()))
                        .sorted(java.util.Comparator.comparing(ProfileView.AreaChoice::name))
                        .toList(),
                List.of(GroupQuestion.values()).stream()
                        .map(q -> new ProfileView.QuestionChoice(q, q.answers()))
                        .toList());
    }

    /** Replaces what I told us: a question left out is withdrawn. Nothing changes on a bad value. */
    @Transactional
    public ProfileView update(ProfileInput input) {
        if (input.area() != null && !population.areas().containsKey(input.area())) {
            throw ProblemException.invalidField("area", "must be one of the areas listed");
        }
        Map<GroupQuestion, String> answers = input.answers() == null ? Map.of() : input.answers();
        answers.forEach((question, answer) -> {
            if (question == null) {
                throw ProblemException.invalidField("answers", "has a question that does not exist");
            }
            if (answer != null && !question.answers().contains(answer)) {
                throw ProblemException.invalidField("answers." + question, "must be one of " + question.answers());
            }
        });
        UUID me = people.me().id();
        Person person = db.find(Person.class, me);
        person.area = input.area();
        person.updatedAt = clock.instant();
        db.createNativeQuery("DELETE FROM person_group_answers WHERE person_id = ?1")
                .setParameter(1, me)
                .executeUpdate();
        answers.forEach((question, answer) -> {
            if (answer != null) {
                db.createNativeQuery("INSERT INTO person_group_answers (person_id, question, answer, answered_at)"
                                + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, me)
                        .setParameter(2, question.name())
                        .setParameter(3, answer)
                        .setParameter(4, clock.instant())
                        .executeUpdate();
            }
        });
        return mine();
    }

    /** Deletes my area and every answer. */
    @Transactional
    public ProfileView withdraw() {
        return update(new ProfileInput(null, Map.of()));
    }

    /** How many of these people declared each area and answer (counts only). */
    @Transactional
    public DeclarationCounts count(Collection<UUID> personIds) {
        Map<String, Long> byArea = new HashMap<>();
        Map<GroupQuestion, Long> declaredAnswer = new EnumMap<>(GroupQuestion.class);
        Map<GroupQuestion, Map<String, Long>> byAnswer = new EnumMap<>(GroupQuestion.class);
        if (personIds.isEmpty()) {
            return new DeclarationCounts(0, 0, byArea, declaredAnswer, byAnswer);
        }
        UUID[] ids = personIds.toArray(UUID[]::new);
        long declaredArea = 0;
        for (Object row : db.createNativeQuery("""
                        SELECT area, count(*) FROM people WHERE id = ANY(?1) AND area IS NOT NULL GROUP BY area
                        """).setParameter(1, ids).getResultList()) {
            Object[] c = (Object[]) row;
            long count = ((Number) c[1]).longValue();
            byArea.put((String) c[0], count);
            declaredArea += count;
        }
        for (Object row : db.createNativeQuery("""
                        SELECT question, answer, count(*) FROM person_group_answers WHERE person_id = ANY(?1)
                        GROUP BY question, answer
                        """).setParameter(1, ids).getResultList()) {
            Object[] c = (Object[]) row;
            GroupQuestion question = GroupQuestion.valueOf((String) c[0]);
            long count = ((Number) c[2]).longValue();
            byAnswer.computeIfAbsent(question, q -> new HashMap<>()).put((String) c[1], count);
            declaredAnswer.merge(question, count, Long::sum);
        }
        return new DeclarationCounts(personIds.size(), declaredArea, byArea, declaredAnswer, byAnswer);
    }
}
