package org.coproduce.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.coproduce.shared.api.Idempotency;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for organisations and their staff. */
@Path("/v1/organisations")
@Tag(name = "Organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {
    private final Organisations organisations;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    OrganisationResource(Organisations organisations, Idempotency idempotency, CurrentIdentity identity) {
        this.organisations = organisations;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Organisations, in name order")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "400", description = "limit out of range or a bad cursor")
    public OrganisationPage list(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return organisations.page(cursor, limit);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "One organisation, by id or slug")
    @APIResponse(
            responseCode = "200",
            description = "The organisation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)),
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public Response get(@PathParam("idOrSlug") String idOrSlug) {
        OrganisationView organisation = organisations.get(idOrSlug);
        return Response.ok(organisation)
                .tag(Long.toString(organisation.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an organisation (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is its address",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The slug is already used")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body")
    public Response create(
            @Valid @NotNull OrganisationInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            OrganisationView created = organisations.create(input);
            return Created.at(uri, created.id(), created, created.version());
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an organisation (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The changed organisation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "The slug is already used")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganisationInput input) {
        OrganisationView updated = organisations.update(id, ifMatch, input);
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    @GET
    @Path("{id}/staff")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "The organisation's staff (admins and its own staff)")
    @APIResponse(responseCode = "200", description = "Its staff")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither an admin nor staff of this organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public StaffMemberList staff(@PathParam("id") UUID id) {
        return organisations.staff(id);
    }

    @POST
    @Path("{id}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Add a person to the organisation's staff (admin)",
            description = "Adding someone already on the staff changes nothing.")
    @APIResponse(responseCode = "200", description = "The staff member")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public StaffMemberView addStaff(@PathParam("id") UUID id, @Valid @NotNull AddStaffMember request) {
        return organisations.addStaff(id, request);
    }

    @DELETE
    @Path("{id}/staff/{personId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a person from the organisation's staff (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such organisation or staff member")
    public Response removeStaff(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        organisations.removeStaff(id, personId);
        return Response.noContent().build();
    }
}
