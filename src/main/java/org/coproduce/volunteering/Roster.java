package org.coproduce.volunteering;

import java.util.List;

/** Who is on a shift: confirmed in sign-up order, then the waitlist in its order. */
public record Roster(ShiftView shift, List<SignupView> confirmed, List<SignupView> waitlisted) {}
