package org.coproduce.ratings;

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
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for one rating and its reply, and the reviews staff have yet to answer. */
@Path("/v1/ratings")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    private final Ratings ratings;
    private final Reviews reviews;
    private final Replies replies;

    RatingResource(Ratings ratings, Reviews reviews, Replies replies) {
        this.ratings = ratings;
        this.reviews = reviews;
        this.replies = replies;
    }

    @GET
    @Path("awaiting-reply")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary =
                    "Reviews of my organisations' services still waiting for a reply (all for an admin), oldest first")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff")
    public RatingPage awaitingReply(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return reviews.awaitingReply(cursor, limit);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "One rating: public when it is a review; otherwise only for its author and the service's staff")
    @APIResponse(
            responseCode = "200",
            description = "The rating",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = "No such rating, or not one the caller may see")
    public Response get(@PathParam("id") UUID id) {
        RatingView rating = reviews.get(id);
        return Response.ok(rating).tag(Long.toString(rating.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Change my rating (while the rating window lasts)")
    @APIResponse(
            responseCode = "200",
            description = "The changed rating",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such rating of mine")
    @APIResponse(responseCode = "409", description = "The window has passed: rate again instead")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RatingInput input) {
        RatingView rating = ratings.change(id, ifMatch, input);
        return Response.ok(rating).tag(Long.toString(rating.version())).build();
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Reply to a review, optionally committing to a change",
            description = "One reply per review; change it with PUT. The reviewer is notified.")
    @APIResponse(
            responseCode = "201",
            description = "Replied; the review with its reply",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs the service")
    @APIResponse(responseCode = "404", description = "No such rating")
    @APIResponse(responseCode = "409", description = "Already replied, a rating without words, or a hidden review")
    public Response reply(@PathParam("id") UUID id, @Valid @NotNull ReplyInput input, @Context UriInfo uri) {
        RatingView rating = replies.reply(id, input);
        return Response.created(uri.getAbsolutePath())
                .entity(rating)
                .tag(Long.toString(rating.reply().version()))
                .build();
    }

    @PUT
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Change the reply to a review",
            description = "If-Match takes the reply's version. A change can be added; one already committed stays.")
    @APIResponse(
            responseCode = "200",
            description = "The review with its changed reply",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs the service")
    @APIResponse(responseCode = "404", description = "No such rating or reply")
    @APIResponse(responseCode = "409", description = "Dropping or rewriting a change that was committed or done")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the reply")
    public Response editReply(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReplyInput input) {
        RatingView rating = replies.edit(id, ifMatch, input);
        return Response.ok(rating).tag(Long.toString(rating.reply().version())).build();
    }
}
