package org.coproduce.volunteering;

/** A sign-up and whether this request made it (201) or found it already there (200). */
record SignupResult(SignupView signup, boolean created) {}
