package org.coproduce.ideas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for supports: one per citizen per idea, withdrawable. */
@Path("/v1/ideas/{id}/supports")
@Tag(name = "Ideas")
@Produces(MediaType.APPLICATION_JSON)
public class SupportResource {
    private final Ideas ideas;

    SupportResource(Ideas ideas) {
        this.ideas = ideas;
    }

    @GET
    @Operation(summary = "The idea's support count, and whether I support it")
    @APIResponse(responseCode = "200", description = "The count")
    @APIResponse(responseCode = "404", description = "No such idea")
    public SupportView get(@PathParam("id") UUID id) {
        return ideas.supportOf(id);
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Support the idea", description = "Supporting again changes nothing: one support per person.")
    @APIResponse(responseCode = "200", description = "Supported; the new count")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "My own idea, or an idea that no longer takes supports")
    public SupportView support(@PathParam("id") UUID id) {
        return ideas.support(id);
    }

    @DELETE
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Withdraw my support")
    @APIResponse(responseCode = "200", description = "Withdrawn (or there was none); the new count")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such idea")
    public SupportView withdraw(@PathParam("id") UUID id) {
        return ideas.withdrawSupport(id);
    }
}
