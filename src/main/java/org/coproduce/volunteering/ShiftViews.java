package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Turns shifts into views; the check-in code only for staff. */
@ApplicationScoped
class ShiftViews {
    private final Clock clock;

    ShiftViews(Clock clock) {
        this.clock = clock;
    }

    ShiftView of(Shift shift, boolean staff) {
        Instant now = clock.instant();
        return new ShiftView(
                shift.id,
                shift.opportunityId,
                shift.startsAt,
                shift.endsAt,
                hours(shift.length()),
                shift.capacity,
                shift.extraPlaces,
                shift.confirmedCount,
                shift.placesLeft(),
                shift.waitlistCount,
                shift.signupOpensAt,
                shift.signupClosesAt,
                shift.cancelDeadline,
                !now.isBefore(shift.signupOpensAt) && now.isBefore(shift.signupClosesAt),
                staff ? shift.checkInCode : null,
                shift.version);
    }

    /** A duration in hours, to two decimal places; instants make daylight-saving changes come out right. */
    static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
