package org.coproduce.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for my notifications. */
@Path("/v1/me/notifications")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class NotificationResource {
    private final Notifications notifications;

    NotificationResource(Notifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "My notifications, newest first, with the unread count")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "A bad cursor or limit")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public NotificationPage mine(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return notifications.mine(cursor, limit);
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such notification of mine")
    public Response markRead(@PathParam("id") UUID id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "204", description = "All marked read")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response markAllRead() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
