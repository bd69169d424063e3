package org.coproduce.ideas;

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
import java.util.List;
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

/** HTTP for ideas: browse, propose, edit, answer and the review queue. */
@Path("/v1/ideas")
@Tag(name = "Ideas")
@Produces(MediaType.APPLICATION_JSON)
public class IdeaResource {
    private final Ideas ideas;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    IdeaResource(Ideas ideas, Idempotency idempotency, CurrentIdentity identity) {
        this.ideas = ideas;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Browse and search ideas", description = "Withdrawn ideas are never listed.")
    @APIResponse(responseCode = "200", description = "A page of ideas")
    @APIResponse(responseCode = "400", description = "A parameter is invalid (sort, limit, cursor)")
    @PublicReadCache.Cached
    public IdeaPage list(
            @QueryParam("service") String serviceId,
            @QueryParam("challenge") String challengeId,
            @Parameter(description = "One of the IdeaStatus values except WITHDRAWN") @QueryParam("status")
                    String status,
            @Parameter(description = "Ideas this person proposed or co-authors") @QueryParam("author") String authorId,
            @QueryParam("tag") @Size(max = 40) String tag,
            @Parameter(description = "Words to search for in titles and bodies") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(
                            description = "Only placed ideas inside this box: west,south,east,north in degrees",
                            example = "-1.60,53.78,-1.52,53.82")
                    @QueryParam("bbox")
                    String bbox,
            @Parameter(description = "newest (default), most-supported or recently-answered") @QueryParam("sort")
                    String sort,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        UUID service = QueryParams.uuid("service", serviceId);
        return ideas.page(new IdeaFilter(
                service == null ? null : List.of(service),
                QueryParams.uuid("challenge", challengeId),
                Ideas.publicStatuses(QueryParams.enumOf("status", status, IdeaStatus.class)),
                QueryParams.uuid("author", authorId),
                tag,
                q,
                BoundingBox.parse(bbox),
                false,
                IdeaSort.parse(sort),
                cursor,
                limit));
    }

    @GET
    @Path("review-queue")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Ideas of my organisations' services waiting for an answer, the longest waiting first")
    @APIResponse(responseCode = "200", description = "A page of ideas")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public IdeaPage reviewQueue(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return ideas.reviewQueue(cursor, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Propose an idea", description = "To a service directly, or to one of its open challenges.")
    @APIResponse(
            responseCode = "201",
            description = "Proposed; it is SUBMITTED and staff will answer it",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown service or challenge")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "409", description = "The challenge is not open for ideas")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different body")
    public Response propose(
            @Valid @NotNull IdeaInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            IdeaView created = ideas.propose(input);
            return Created.at(uri, created.id(), created, created.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One idea")
    @APIResponse(
            responseCode = "200",
            description = "The idea",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)),
            headers = @Header(name = "ETag", description = "The version, for If-Match"))
    @APIResponse(responseCode = "404", description = "No such idea, or withdrawn")
    public Response get(@PathParam("id") UUID id) {
        IdeaView idea = ideas.get(id);
        return Response.ok(idea).tag(Long.toString(idea.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Edit my idea while it is SUBMITTED")
    @APIResponse(
            responseCode = "200",
            description = "The changed idea",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdeaView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "Review has started: it can no longer be edited")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response edit(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IdeaInput input) {
        IdeaView idea = ideas.edit(id, ifMatch, input);
        return Response.ok(idea).tag(Long.toString(idea.version())).build();
    }

    @GET
    @Path("{id}/status")
    @Operation(summary = "The idea's timeline: every status move and its public answer, oldest first")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "404", description = "No such idea")
    public Timeline timeline(@PathParam("id") UUID id) {
        return ideas.timeline(id);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Move the idea",
            description = "Staff of the service's organisation move it along its path, with a public answer after "
                    + "review; the author may withdraw it while it is SUBMITTED.")
    @APIResponse(responseCode = "200", description = "The idea after the move")
    @APIResponse(responseCode = "400", description = "Invalid fields, or an answer is missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Neither staff of the organisation nor (for withdrawal) the author")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "Not a move the idea's status allows")
    public IdeaView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return ideas.changeStatus(id, change);
    }
}
