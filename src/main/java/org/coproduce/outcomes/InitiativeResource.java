package org.coproduce.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduce.shared.api.Created;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for co-production initiatives and their before/after evaluation. */
@Path("/v1/initiatives")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class InitiativeResource {
    private final Initiatives initiatives;
    private final Evaluations evaluations;

    InitiativeResource(Initiatives initiatives, Evaluations evaluations) {
        this.initiatives = initiatives;
        this.evaluations = evaluations;
    }

    @GET
    @Operation(summary = "Co-production initiatives, the latest start first")
    @APIResponse(responseCode = "200", description = "A page of initiatives")
    @APIResponse(responseCode = "400", description = "A bad cursor")
    @APIResponse(responseCode = "404", description = "No such service")
    public InitiativePage list(
            @Parameter(description = "Only this service's (id or slug)") @QueryParam("service") String service,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return initiatives.page(service, cursor, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Declare a co-production initiative on a service")
    @APIResponse(responseCode = "201", description = "Declared")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs the service")
    public Response create(@Valid @NotNull InitiativeInput input, @Context UriInfo uri) {
        InitiativeView created = initiatives.create(input);
        return Created.at(uri, created.id(), created, created.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One initiative")
    @APIResponse(
            responseCode = "200",
            description = "The initiative",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InitiativeView.class)))
    @APIResponse(responseCode = "404", description = "No such initiative")
    public Response get(@PathParam("id") UUID id) {
        InitiativeView initiative = initiatives.get(id);
        return Response.ok(initiative).tag(Long.toString(initiative.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change an initiative")
    @APIResponse(
            responseCode = "200",
            description = "The changed initiative",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InitiativeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs the service")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InitiativeInput input) {
        InitiativeView initiative = initiatives.update(id, ifMatch, input);
        return Response.ok(initiative).tag(Long.toString(initiative.version())).build();
    }

    @GET
    @Path("{id}/evaluation")
    @Operation(
            summary = "Before/after evaluation of the initiative",
            description = "Each indicator of the service, and the service rating, over the N months before the"
                    + " start against the N months from it: means, difference, percentage change and a 95% bootstrap"
                    + " interval (fixed seed), and a difference in differences against the comparison services."
                    + " Indicative, not proof of cause.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "400", description = "months outside 1 to 36")
    @APIResponse(responseCode = "404", description = "No such initiative")
    @APIResponse(responseCode = "409", description = "No indicator has observations on both sides of the start")
    public EvaluationView evaluation(
            @PathParam("id") UUID id,
            @Parameter(description = "How many months on each side")
                    @QueryParam("months")
                    @DefaultValue("6")
                    @Min(1)
                    @Max(36)
                    int months) {
        return evaluations.evaluate(id, months);
    }
}
