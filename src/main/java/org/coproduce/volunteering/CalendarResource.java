package org.coproduce.volunteering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for my private calendar feed of shifts. */
@Path("/v1/me")
@Tag(name = "Me")
public class CalendarResource {
    private final CalendarFeeds feeds;

    CalendarResource(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("calendar")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "The private address of my calendar feed (made on first use)")
    @APIResponse(responseCode = "200", description = "The address")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public CalendarLink link(@Context UriInfo uri) {
        return link(uri, feeds.myToken());
    }

    @POST
    @Path("calendar/reset")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Replace my calendar address; the old one stops working")
    @APIResponse(responseCode = "200", description = "The new address")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public CalendarLink reset(@Context UriInfo uri) {
        return link(uri, feeds.resetMyToken());
    }

    @GET
    @Path("calendar.ics")
    @Produces("text/calendar")
    @Operation(
            summary = "My shifts as an iCalendar feed (RFC 5545)",
            description = "For calendar apps, which cannot sign in: the secret token in the address identifies me.")
    @APIResponse(responseCode = "200", description = "The calendar")
    @APIResponse(responseCode = "404", description = "No such calendar (an old or mistyped address)")
    public Response feed(@QueryParam("token") String token) {
        return Response.ok(feeds.feed(token))
                .type("text/calendar; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    private static CalendarLink link(UriInfo uri, String token) {
        return new CalendarLink(uri.getBaseUriBuilder()
                .path("v1/me/calendar.ics")
                .queryParam("token", token)
                .build()
                .toString());
    }
}
