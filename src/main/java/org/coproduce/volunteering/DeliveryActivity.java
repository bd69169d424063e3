package org.coproduce.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What citizens did in co-delivery for one service in a period, for the service's record.
 *
 * @param shifts shifts that started in the period
 * @param places their places (capacity plus places added by staff)
 * @param placesFilled confirmed sign-ups on them
 * @param attended sign-ups marked attended
 * @param noShows sign-ups marked as no-shows
 * @param approvedHours hours staff approved on those shifts
 * @param contributions everyday contributions recorded for days in the period
 * @param contributionHours the hours given with them, where people gave hours
 * @param actionByMonth attendances and contributions per month (first day of the month)
 * @param hoursByMonth approved hours and contribution hours per month
 */
public record DeliveryActivity(
        long shifts,
        long places,
        long placesFilled,
        long attended,
        long noShows,
        BigDecimal approvedHours,
        long contributions,
        BigDecimal contributionHours,
        Map<LocalDate, Long> actionByMonth,
        Map<LocalDate, BigDecimal> hoursByMonth) {}
