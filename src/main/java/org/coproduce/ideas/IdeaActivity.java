package org.coproduce.ideas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What citizens did in co-design and co-commissioning for one service in a period, for the
 * service's record in outcomes.
 *
 * @param ideas ideas proposed in the period (withdrawn ones left out)
 * @param answered of those, how many have had a public answer
 * @param medianDaysToFirstAnswer median days from proposal to first answer; null when none answered
 * @param accepted of those, how many were accepted (or are in progress or implemented)
 * @param implemented of those, how many are implemented
 * @param supports supports given in the period
 * @param comments comments written in the period
 * @param voiceByMonth ideas, supports and comments per month (first day of the month)
 */
public record IdeaActivity(
        long ideas,
        long answered,
        BigDecimal medianDaysToFirstAnswer,
        long accepted,
        long implemented,
        long supports,
        long comments,
        Map<LocalDate, Long> voiceByMonth) {}
