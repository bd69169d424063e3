package org.coproduce.integrations;

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
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for an organisation's webhooks and their deliveries. */
@Path("/v1/webhooks")
@Tag(name = "Integrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
public class WebhookResource {
    private final Webhooks webhooks;

    WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(
            summary = "The webhooks of my organisations",
            description = "Integrators (scope coproduce:webhooks) see their client's organisation's; staff their"
                    + " organisations'; admins every one.")
    @APIResponse(responseCode = "200", description = "The webhooks")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "A citizen, a token without coproduce:webhooks, or a client not tied" + " to an organisation")
    public WebhookList list() {
        return webhooks.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe a URL to events",
            description = "Each event is POSTed as JSON ({type, timestamp, data}) and signed per the Standard Webhooks"
                    + " specification: webhook-id (the same on every attempt), webhook-timestamp, webhook-signature"
                    + " (v1, HMAC-SHA256 of id.timestamp.body with the secret). The secret is in this response only."
                    + " Failed attempts are retried with exponential backoff for 24 hours; after repeated failure the"
                    + " webhook is turned off and says why.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; the response has the secret",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A bad URL (not https, or a private address outside dev mode) or" + " an unknown event")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not allowed to manage this organisation's webhooks")
    public Response create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        WebhookView created = webhooks.create(input);
        return Created.at(uri, created.id(), created, created.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook")
    @APIResponse(
            responseCode = "200",
            description = "The webhook (without its secret)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A citizen or a token without coproduce:webhooks")
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public Response get(@PathParam("id") UUID id) {
        WebhookView webhook = webhooks.get(id);
        return Response.ok(webhook).tag(Long.toString(webhook.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook's URL or events, or turn it off or on again")
    @APIResponse(
            responseCode = "200",
            description = "The changed webhook",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "A bad URL or an unknown event")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A citizen or a token without coproduce:webhooks")
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookInput input) {
        WebhookView webhook = webhooks.update(id, ifMatch, input);
        return Response.ok(webhook).tag(Long.toString(webhook.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook and its delivery history")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A citizen or a token without coproduce:webhooks")
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The webhook's deliveries, newest first, each with its attempts")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "A bad cursor")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A citizen or a token without coproduce:webhooks")
    @APIResponse(responseCode = "404", description = "No such webhook, or another organisation's")
    public DeliveryPage deliveries(
            @PathParam("id") UUID id,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return webhooks.deliveries(id, cursor, limit);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            summary = "Send a delivery again",
            description = "With the same webhook-id; retried as a new delivery would be for another 24 hours.")
    @APIResponse(responseCode = "202", description = "It will be sent within seconds")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A citizen or a token without coproduce:webhooks")
    @APIResponse(responseCode = "404", description = "No such webhook or delivery")
    @APIResponse(responseCode = "409", description = "The webhook is off, or the delivery is already waiting")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        webhooks.redeliver(id, deliveryId);
        return Response.accepted().build();
    }
}
