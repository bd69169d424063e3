package org.coproduce.ideas;

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
import org.coproduce.shared.api.Idempotency;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for comments on ideas. */
@Path("/v1/ideas/{id}/comments")
@Tag(name = "Ideas")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {
    private final Comments comments;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    CommentResource(Comments comments, Idempotency idempotency, CurrentIdentity identity) {
        this.comments = comments;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The idea's comments, oldest first")
    @APIResponse(responseCode = "200", description = "A page of comments")
    @APIResponse(responseCode = "404", description = "No such idea")
    public CommentPage list(
            @PathParam("id") UUID ideaId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return comments.page(ideaId, cursor, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Comment on the idea, or reply to a comment")
    @APIResponse(
            responseCode = "201",
            description = "Posted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a reply to a reply")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such idea")
    public Response add(
            @PathParam("id") UUID ideaId,
            @Valid @NotNull CommentInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            CommentView posted = comments.add(ideaId, input);
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(posted.id().toString())
                            .build())
                    .entity(posted)
                    .build();
        });
    }

    @PUT
    @Path("{commentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Correct my comment (within 15 minutes of posting)")
    @APIResponse(responseCode = "200", description = "The corrected comment")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such idea or comment")
    @APIResponse(responseCode = "409", description = "Too late to edit, or deleted")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public CommentView edit(
            @PathParam("id") UUID ideaId,
            @PathParam("commentId") UUID commentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CommentInput input) {
        return comments.edit(ideaId, commentId, ifMatch, input);
    }

    @DELETE
    @Path("{commentId}")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Delete my comment; it shows as \"comment deleted\"")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such idea or comment")
    public Response delete(
            @PathParam("id") UUID ideaId,
            @PathParam("commentId") UUID commentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        comments.delete(ideaId, commentId, ifMatch);
        return Response.noContent().build();
    }
}
