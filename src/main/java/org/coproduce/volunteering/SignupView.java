package org.coproduce.volunteering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sign-up as the API shows it, with the shift it is for. */
@Schema(description = "A person's place on a shift or in its waitlist")
public record SignupView(
        UUID id,
        ShiftSummary shift,
        Volunteer person,
        SignupStatus status,

        @Schema(description = "1 for the first in the waitlist; absent unless WAITLISTED")
        Integer waitlistPosition,

        Attendance attendance,
        BigDecimal hours,
        boolean hoursApproved,
        Instant checkedInAt,
        Instant createdAt,
        long version) {

    /** Enough of the shift to show the sign-up on its own. */
    @Schema(description = "The shift a sign-up is for")
    public record ShiftSummary(
            UUID id, UUID opportunityId, String opportunityTitle, String placeName, Instant startsAt, Instant endsAt) {}

    /** Who signed up; the email only on staff rosters. */
    @Schema(description = "A volunteer")
    public record Volunteer(UUID id, String displayName, String email) {}
}
