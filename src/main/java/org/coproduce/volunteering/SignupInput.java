package org.coproduce.volunteering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a volunteer confirms when signing up. */
@Schema(description = "A sign-up")
public record SignupInput(
        @Schema(description = "I am at least the opportunity's minimum age (required when it has one)")
        Boolean confirmsMinimumAge) {
    boolean confirmsAge() {
        return Boolean.TRUE.equals(confirmsMinimumAge);
    }
}
