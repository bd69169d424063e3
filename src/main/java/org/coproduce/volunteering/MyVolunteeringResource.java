package org.coproduce.volunteering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for my shifts and my hours. */
@Path("/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class MyVolunteeringResource {
    private final Attendances attendances;

    MyVolunteeringResource(Attendances attendances) {
        this.attendances = attendances;
    }

    @GET
    @Path("signups")
    @Operation(summary = "My sign-ups: upcoming ones soonest first, or past ones latest first")
    @APIResponse(responseCode = "200", description = "A page of sign-ups")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public SignupPage signups(
            @Parameter(description = "upcoming (default) or past") @QueryParam("when") @DefaultValue("upcoming")
                    String when,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        if (!when.equals("upcoming") && !when.equals("past")) {
            throw org.coproduce.shared.api.ProblemException.invalidField("when", "must be upcoming or past");
        }
        return attendances.mine(when.equals("past"), cursor, limit);
    }

    @GET
    @Path("hours")
    @Operation(summary = "The hours I have given: approved, and waiting for approval")
    @APIResponse(responseCode = "200", description = "My hours")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public HoursView hours() {
        return attendances.myHours();
    }
}
