package org.coproduce.ideas;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for a person's own ideas. */
@Path("/v1/me/ideas")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MyIdeasResource {
    private final Ideas ideas;

    MyIdeasResource(Ideas ideas) {
        this.ideas = ideas;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Ideas I proposed or co-author",
            description = "Every status, withdrawn and hidden ones included, newest first.")
    @APIResponse(responseCode = "200", description = "A page of ideas")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (limit, cursor)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public IdeaPage mine(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return ideas.mine(cursor, limit);
    }
}
