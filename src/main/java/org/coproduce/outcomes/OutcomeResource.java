package org.coproduce.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the whole instance's outcomes. */
@Path("/v1/outcomes")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {
    private final ServiceRecords records;
    private final ActivityRollups rollups;

    OutcomeResource(ServiceRecords records, ActivityRollups rollups) {
        this.records = records;
        this.rollups = rollups;
    }

    @POST
    @Path("refresh")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Rebuild the activity figures now",
            description = "Records and the overview read figures rebuilt in the background every few minutes"
                    + " (coproduce.outcomes.refresh-every); an admin can rebuild them at once, for example after an"
                    + " import. Waits for a rebuild another instance has under way, then rebuilds.")
    @APIResponse(responseCode = "200", description = "Rebuilt: when, and how long it took")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ActivityRollups.Refresh refresh() {
        return rollups.refresh(true).orElseThrow();
    }

    @GET
    @Path("overview")
    @Operation(
            summary = "The four Co's across every service for a period",
            description = "Totals and each service's headline figures, from the same counts as each service's record."
                    + " Default period: the last 12 months.")
    @APIResponse(responseCode = "200", description = "The overview")
    @APIResponse(responseCode = "400", description = "A malformed date, from after to, or more than 60 months")
    public OverviewView overview(
            @Parameter(description = "First day, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day (default today)") @QueryParam("to") String to) {
        return records.overview(ServiceRecordResource.date("from", from), ServiceRecordResource.date("to", to));
    }
}
