package org.coproduce.ideas;

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
import org.coproduce.shared.api.Idempotency;
import org.coproduce.shared.api.QueryParams;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for challenges. */
@Path("/v1/challenges")
@Tag(name = "Challenges")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeResource {
    private final Challenges challenges;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    ChallengeResource(Challenges challenges, Idempotency idempotency, CurrentIdentity identity) {
        this.challenges = challenges;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Challenges, newest opening first (drafts are never listed)")
    @APIResponse(responseCode = "200", description = "A page of challenges")
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public ChallengePage list(
            @QueryParam("service") String serviceId,
            @QueryParam("state") String state,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return challenges.page(
                QueryParams.uuid("service", serviceId),
                QueryParams.enumOf("state", state, ChallengeState.class),
                cursor,
                limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One challenge")
    @APIResponse(
            responseCode = "200",
            description = "The challenge",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChallengeView.class)),
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    @APIResponse(responseCode = "404", description = "No such challenge, or a draft the caller may not see")
    public Response get(@PathParam("id") UUID id) {
        ChallengeView challenge = challenges.get(id);
        return Response.ok(challenge).tag(Long.toString(challenge.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Put a challenge to the public (staff of the service's organisation)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body")
    public Response create(
            @Valid @NotNull ChallengeInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            ChallengeView created = challenges.create(input);
            return Created.at(uri, created.id(), created, created.version());
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change a challenge (staff of the service's organisation)")
    @APIResponse(
            responseCode = "200",
            description = "The changed challenge",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such challenge")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChallengeInput input) {
        ChallengeView updated = challenges.update(id, ifMatch, input);
        return Response.ok(updated).tag(Long.toString(updated.version())).build();
    }
}
