package org.coproduce.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The instance's time zone (Europe/London unless configured): times are stored as instants and
 * shown to people in this zone, so a shift at 09:00 stays at 09:00 across a clock change.
 */
@ApplicationScoped
public class InstanceTime {
    private static final DateTimeFormatter WORDS =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ZoneId zone;

    InstanceTime(@ConfigProperty(name = "coproduce.time-zone") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** For messages people read, e.g. "Saturday 5 December 2026 at 09:00". */
    public String describe(Instant instant) {
        return WORDS.format(instant.atZone(zone));
    }
}
