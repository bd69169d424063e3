package org.coproduce.volunteering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.coproduce.shared.api.Created;
import org.coproduce.shared.api.Idempotency;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.PublicReadCache;
import org.coproduce.shared.api.QueryParams;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for volunteer opportunities and their shifts. */
@Path("/v1/opportunities")
@Tag(name = "Volunteering")
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {
    private final Opportunities opportunities;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    OpportunityResource(Opportunities opportunities, Idempotency idempotency, CurrentIdentity identity) {
        this.opportunities = opportunities;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Browse published opportunities, newest first")
    @APIResponse(responseCode = "200", description = "A page of opportunities")
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    @PublicReadCache.Cached
    public OpportunityPage list(
            @QueryParam("service") String serviceId,
            @Parameter(description = "Only those with a shift starting at or after this instant") @QueryParam("from")
                    String from,
            @Parameter(description = "Only those with a shift starting before this instant") @QueryParam("to")
                    String to,
            @Parameter(description = "Words in the place name") @QueryParam("place") @Size(max = 120) String place,
            @Parameter(description = "Only those with a shift that still has places and takes sign-ups")
                    @QueryParam("hasPlaces")
                    @DefaultValue("false")
                    boolean hasPlaces,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return opportunities.page(new Opportunities.Filter(
                QueryParams.uuid("service", serviceId),
                instant("from", from),
                instant("to", to),
                place,
                hasPlaces,
                cursor,
                limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Create an opportunity (staff of the service's organisation)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body")
    public Response create(
            @Valid @NotNull OpportunityInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            OpportunityView created = opportunities.create(input);
            return Created.at(uri, created.id(), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One opportunity")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity, or a draft")
    public Response get(@PathParam("id") UUID id) {
        OpportunityView view = opportunities.get(id);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change an opportunity, publish or close it")
    @APIResponse(
            responseCode = "200",
            description = "The changed opportunity",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OpportunityInput input) {
        OpportunityView view = opportunities.update(id, ifMatch, input);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("{id}/shifts")
    @Operation(summary = "The opportunity's shifts, earliest first")
    @APIResponse(responseCode = "200", description = "A page of shifts")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    public ShiftPage shifts(
            @PathParam("id") UUID id,
            @Parameter(description = "Only shifts that have not ended (default true)")
                    @QueryParam("upcoming")
                    @DefaultValue("true")
                    boolean upcoming,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return opportunities.shifts(id, upcoming, cursor, limit);
    }

    @POST
    @Path("{id}/shifts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Add a shift (staff of the service's organisation)")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, such as an end before the start")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    public Response addShift(@PathParam("id") UUID id, @Valid @NotNull ShiftInput input, @Context UriInfo uri) {
        ShiftView shift = opportunities.addShift(id, input);
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/shifts/" + shift.id()).build())
                .entity(shift)
                .tag(Long.toString(shift.version()))
                .build();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an instant such as 2026-12-05T09:00:00Z");
        }
    }
}
