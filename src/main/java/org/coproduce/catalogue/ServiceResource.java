package org.coproduce.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.coproduce.shared.api.PublicReadCache;
import org.coproduce.shared.api.QueryParams;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the service catalogue. */
@Path("/v1/services")
@Tag(name = "Services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {
    private final PublicServices services;
    private final OrganisationRepository organisations;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    ServiceResource(
            PublicServices services,
            OrganisationRepository organisations,
            Idempotency idempotency,
            CurrentIdentity identity) {
        this.services = services;
        this.organisations = organisations;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(
            summary = "Browse and search services",
            description = "Without q, services in name order; with q, ranked by full-text relevance. Keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of services")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is invalid (limit out of range, unknown category, bad cursor)")
    @PublicReadCache.Cached
    public ServicePage list(
            @Parameter(description = "Words to search for", example = "recycling") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "Organisation id or slug", example = "riverside-parks") @QueryParam("organisation")
                    String organisation,
            @Parameter(description = "One of the ServiceCategory values", example = "LIBRARIES") @QueryParam("category")
                    String category,
            @Parameter(description = "Area served, exactly as services declare it", example = "Whole borough")
                    @QueryParam("area")
                    String area,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        UUID organisationId = null;
        if (organisation != null && !organisation.isBlank()) {
            // An unknown organisation runs no services: an empty page, not an error.
            organisationId =
                    organisations.findByIdOrSlug(organisation).map(o -> o.id).orElse(new UUID(0, 0));
        }
        return services.page(new ServiceFilter(
                q,
                organisationId,
                QueryParams.enumOf("category", category, ServiceCategory.class),
                area,
                cursor,
                limit));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "One service, by id or slug")
    @APIResponse(
            responseCode = "200",
            description = "The service",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceView.class)),
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    @APIResponse(responseCode = "404", description = "No such service, or it was archived")
    @PublicReadCache.Cached
    public Response get(@PathParam("idOrSlug") String idOrSlug) {
        ServiceView service = services.get(idOrSlug);
        return Response.ok(service).tag(Long.toString(service.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Create a service", description = "Staff of the organisation that will run it, or an admin.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is its address",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of that organisation")
    @APIResponse(responseCode = "409", description = "The slug is already used")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body")
    public Response create(
            @Valid @NotNull ServiceInput input,
            @Parameter(description = "Makes a retry safe: the same key and body return the first answer")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            ServiceView created = services.create(input);
            return Created.at(uri, created.id(), created, created.version());
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Change a service",
            description = "Send If-Match with the ETag you read to avoid overwriting others' changes.")
    @APIResponse(
            responseCode = "200",
            description = "The changed service",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs it")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "409", description = "The slug is already used, or a simultaneous change won")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ServiceInput input) {
        ServiceView updated = services.update(id, ifMatch, input);
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Archive a service",
            description = "It disappears from every list and answers 404 from then on.")
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs it")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        services.archive(id, ifMatch);
        return Response.noContent().build();
    }
}
