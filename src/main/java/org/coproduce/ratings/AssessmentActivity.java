package org.coproduce.ratings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Co-assessment of one service in a period (whole months), for the service's record.
 *
 * @param ratings ratings given in the period's months
 * @param mean their mean overall score; null below 5 ratings
 * @param netScore share of 4-5 minus share of 1-2, in percent; null below 5 ratings
 * @param changesCommitted changes promised in replies during the period
 * @param changesDone of those, how many staff marked done
 * @param confirmedYes answers "yes, it happened" given to those changes
 * @param confirmedPartly answers "partly"
 * @param confirmedNo answers "no"
 * @param ratingsByMonth ratings per month (first day of the month)
 */
public record AssessmentActivity(
        long ratings,
        BigDecimal mean,
        BigDecimal netScore,
        long changesCommitted,
        long changesDone,
        long confirmedYes,
        long confirmedPartly,
        long confirmedNo,
        Map<LocalDate, Long> ratingsByMonth) {}
