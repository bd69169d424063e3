package org.coproduce.volunteering;

import java.util.List;

/** A page of sign-ups and the cursor for the next page. */
public record SignupPage(List<SignupView> items, String nextCursor) {}
