package org.coproduce.volunteering;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.shared.time.InstanceTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the instance's volunteering rules, so the portal can show times and limits right. */
@Path("/v1/volunteering/settings")
@Tag(name = "Volunteering")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteeringSettingsResource {
    private final InstanceTime time;
    private final Signups.Settings burden;

    VolunteeringSettingsResource(InstanceTime time, Signups.Settings burden) {
        this.time = time;
        this.burden = burden;
    }

    /** The instance's time zone and burden limit. */
    @Schema(description = "The instance's volunteering rules")
    public record VolunteeringSettingsView(
            @Schema(description = "IANA time zone that shift times are shown in, e.g. Europe/London")
            String timeZone,

            @Schema(description = "The most hours one person may commit to in any window")
            int burdenLimitHours,

            @Schema(description = "The window's length in days")
            long burdenWindowDays) {}

    @GET
    @Operation(summary = "The instance's time zone and burden limit")
    @APIResponse(responseCode = "200", description = "The settings")
    public VolunteeringSettingsView get() {
        return new VolunteeringSettingsView(
                time.zone().getId(), burden.hours(), burden.window().toDays());
    }
}
