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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for "You said, we did": changes promised in replies, and reviewers' confirmations. */
@Path("/v1/changes")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {
    private final Changes changes;

    ChangeResource(Changes changes) {
        this.changes = changes;
    }

    @GET
    @Operation(summary = "Changes promised in replies to reviews, newest first: \"You said, we did\"")
    @APIResponse(responseCode = "200", description = "A page of changes")
    @APIResponse(responseCode = "400", description = "Unknown status, or a bad cursor")
    @APIResponse(responseCode = "404", description = "No such service")
    public ChangePage list(
            @Parameter(description = "Only this service's changes (id or slug)") @QueryParam("service") String service,
            @Parameter(description = "committed or done") @QueryParam("status") String status,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return changes.page(service, statusOf(status), cursor, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One change, with the review, the reply and the reviewer's answer")
    @APIResponse(
            responseCode = "200",
            description = "The change",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such change")
    public Response get(@PathParam("id") UUID id) {
        ChangeView change = changes.get(id);
        return Response.ok(change).tag(Long.toString(change.version())).build();
    }

    @POST
    @Path("{id}/done")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Mark the change done",
            description = "The reviewer is asked (notification and email) whether it happened and made a difference.")
    @APIResponse(
            responseCode = "200",
            description = "The change, now done",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs the service")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "Already marked done")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response done(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ChangeView change = changes.markDone(id, ifMatch);
        return Response.ok(change).tag(Long.toString(change.version())).build();
    }

    @PUT
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Say whether the change happened (the reviewer only)",
            description = "Yes, partly or no, with an optional comment; the answer is public and can be changed.")
    @APIResponse(
            responseCode = "200",
            description = "The change with the answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the person whose review led to the change")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "Not done yet: the reviewer has not been asked")
    public Response confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmationInput input) {
        ChangeView change = changes.confirm(id, input);
        return Response.ok(change).tag(Long.toString(change.version())).build();
    }

    private static ChangeStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status) {
            case "committed" -> ChangeStatus.COMMITTED;
            case "done" -> ChangeStatus.DONE;
            default -> throw ProblemException.invalidField("status", "must be committed or done");
        };
    }
}
