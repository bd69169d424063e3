package org.coproduce.volunteering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The private address of my calendar feed. */
@Schema(description = "My private calendar address: keep it secret, reset it if it leaks")
public record CalendarLink(
        @Schema(description = "Add this address to a calendar app")
        String url) {}
