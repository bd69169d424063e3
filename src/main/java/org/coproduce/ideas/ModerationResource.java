package org.coproduce.ideas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for reports and moderation. */
@Path("/v1")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {
    private final Moderation moderation;

    ModerationResource(Moderation moderation) {
        this.moderation = moderation;
    }

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Report an idea or comment", description = "Reporting the same thing again changes nothing.")
    @APIResponse(responseCode = "202", description = "Reported; moderators will look at it")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such idea or comment")
    @APIResponse(responseCode = "429", description = "Too many reports in a short time")
    public Response report(@Valid @NotNull ReportInput input) {
        moderation.report(input);
        return Response.accepted().build();
    }

    @GET
    @Path("moderation/queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Open reports on my organisations' content (all for an admin), oldest first")
    @APIResponse(responseCode = "200", description = "A page of open reports")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public ReportPage queue(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return moderation.queue(cursor, limit);
    }

    @POST
    @Path("moderation/{type}/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Hide an idea or comment (type: idea or comment), resolving its open reports")
    @APIResponse(responseCode = "204", description = "Hidden")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation it belongs to")
    @APIResponse(responseCode = "404", description = "No such content")
    public Response hide(
            @PathParam("type") String type, @PathParam("id") UUID id, @Valid @NotNull ModerationDecision decision) {
        moderation.hide(type, id, decision);
        return Response.noContent().build();
    }

    @POST
    @Path("moderation/{type}/{id}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Restore (or clear the reports on) an idea or comment")
    @APIResponse(responseCode = "204", description = "Restored")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation it belongs to")
    @APIResponse(responseCode = "404", description = "No such content")
    public Response restore(
            @PathParam("type") String type, @PathParam("id") UUID id, @Valid @NotNull ModerationDecision decision) {
        moderation.restore(type, id, decision);
        return Response.noContent().build();
    }
}
