package org.coproduce.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the dark-side monitors staff keep an eye on. */
@Path("/v1/monitors")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class MonitorResource {
    private final Monitors monitors;

    MonitorResource(Monitors monitors) {
        this.monitors = monitors;
    }

    @GET
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Dark-side monitors of my organisations' services (every service for an admin)",
            description = "Concentration of each Co among people (share from the most active 10%, Gini) over the last"
                    + " 12 months, volunteers above the burden warning level in the last 28 days and with repeated"
                    + " no-shows in 90 days, ideas waiting over 30 days and reviews without a reply. Figures about"
                    + " fewer than 5 people are withheld.")
    @APIResponse(responseCode = "200", description = "One monitor per service")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public MonitorList monitors() {
        return monitors.mine();
    }
}
