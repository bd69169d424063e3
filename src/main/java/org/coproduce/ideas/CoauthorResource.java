package org.coproduce.ideas;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for co-authors: invite, accept, decline, remove. */
@Path("/v1/ideas/{id}/coauthors")
@Tag(name = "Ideas")
@Produces(MediaType.APPLICATION_JSON)
public class CoauthorResource {
    private final Coauthors coauthors;

    CoauthorResource(Coauthors coauthors) {
        this.coauthors = coauthors;
    }

    @GET
    @Operation(
            summary = "The idea's co-authors",
            description = "Pending invitations are listed only for the author and for the person invited.")
    @APIResponse(responseCode = "200", description = "The co-authors")
    @APIResponse(responseCode = "404", description = "No such idea")
    public CoauthorList list(@PathParam("id") UUID id) {
        return coauthors.of(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Invite a co-author",
            description = "The author invites a citizen or a member of staff by email; they are notified and must "
                    + "accept. Inviting the same person again changes nothing.")
    @APIResponse(responseCode = "200", description = "The invitation")
    @APIResponse(responseCode = "400", description = "Invalid email, or my own")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the author")
    @APIResponse(responseCode = "404", description = "No such idea")
    @APIResponse(responseCode = "409", description = "Withdrawn or hidden idea, or already five co-authors")
    @APIResponse(responseCode = "429", description = "Too many invitations in a short time")
    public CoauthorView invite(@PathParam("id") UUID id, @Valid @NotNull CoauthorInvitation invitation) {
        return coauthors.invite(id, invitation.email());
    }

    @POST
    @Path("{personId}/accept")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Accept my invitation to co-author the idea")
    @APIResponse(responseCode = "200", description = "I am a co-author")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not my invitation")
    @APIResponse(responseCode = "404", description = "No such idea or invitation")
    public CoauthorView accept(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        return coauthors.accept(id, personId);
    }

    @DELETE
    @Path("{personId}")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Remove a co-author or an invitation",
            description = "The author removes anyone; a co-author removes only themselves (declines or leaves).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither the author nor that person")
    @APIResponse(responseCode = "404", description = "No such idea or co-author")
    public void remove(@PathParam("id") UUID id, @PathParam("personId") UUID personId) {
        coauthors.remove(id, personId);
    }
}
