package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rating window: one rating per person per service within it; a second one changes the first. */
@ApplicationScoped
class RatingSettings {
    private final Duration window;

    RatingSettings(@ConfigProperty(name = "coproduce.ratings.window", defaultValue = "P90D") Duration window) {
        this.window = window;
    }

    Duration window() {
        return window;
    }
}
