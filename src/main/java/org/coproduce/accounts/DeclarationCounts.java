package org.coproduce.accounts;

import java.util.Map;

/**
 * How many of a group of people declared each area and each answer, for the representativeness
 * monitor. Counts only: nobody's declaration leaves accounts.
 *
 * @param people the people counted
 * @param declaredArea how many of them said which area they live in
 * @param byArea how many said each area, by code
 * @param declaredAnswer for each question, how many answered it
 * @param byAnswer for each question, how many gave each answer
 */
public record DeclarationCounts(
        long people,
        long declaredArea,
        Map<String, Long> byArea,
        Map<GroupQuestion, Long> declaredAnswer,
        Map<GroupQuestion, Map<String, Long>> byAnswer) {}
