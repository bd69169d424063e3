package org.coproduce.integrations;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.shared.api.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (JSON), also served at {@code /open311/v2}: Coproduce's live services are
 * the service list, and public ideas with a place on the map are the service requests. Errors
 * come as the standard's array of {@code {code, description}}, not problem+json.
 */
@Path("/open311/v2")
@Tag(name = "Open311")
@Produces(MediaType.APPLICATION_JSON)
public class Open311Resource {
    private final Open311 open311;

    Open311Resource(Open311 open311) {
        this.open311 = open311;
    }

    @GET
    @Path("services.json")
    @Operation(summary = "GeoReport v2 service list: every live service")
    @APIResponse(responseCode = "200", description = "The services")
    public List<Open311Views.Service> services() {
        return open311.services();
    }

    @GET
    @Path("services/{code}.json")
    @Operation(summary = "GeoReport v2 service definition (no extra attributes)")
    @APIResponse(
            responseCode = "200",
            description = "The definition",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Open311Views.Definition.class)))
    @APIResponse(responseCode = "404", description = "No such service (an Open311 error array)")
    public Response definition(@Parameter(description = "The service code (its slug)") @PathParam("code") String code) {
        return answer(() -> open311.definition(code));
    }

    @GET
    @Path("requests.json")
    @Operation(
            summary = "GeoReport v2 service requests: public located ideas, newest first",
            description =
                    "Filters as the standard has them, each optional: service_request_id and service_code"
                            + " (comma-separated), start_date and end_date (W3C date-times, on requested_datetime), status"
                            + " (open, closed, or both comma-separated). Without ids or dates, the last 90 days. At most 1,000.")
    @APIResponse(
            responseCode = "200",
            description = "The requests",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Request.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter (an Open311 error array)")
    public Response requests(
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes,
            @QueryParam("start_date") String start,
            @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        return answer(() -> open311.requests(ids, codes, start, end, status));
    }

    @GET
    @Path("requests/{id}.json")
    @Operation(summary = "GeoReport v2: one service request")
    @APIResponse(
            responseCode = "200",
            description = "An array with the request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Request.class)))
    @APIResponse(responseCode = "404", description = "No such request (an Open311 error array)")
    public Response request(@PathParam("id") String id) {
        return answer(() -> open311.request(id));
    }

    @POST
    @Path("requests.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(
            summary = "GeoReport v2: create a service request (an idea on behalf of a channel)",
            description =
                    "Needs an integrator's bearer token with coproduce:write whose client acts for the organisation"
                            + " that runs the service (api_key is accepted and ignored). service_code, lat, long and"
                            + " description are required. The idea is proposed in the name of the client.")
    @APIResponse(
            responseCode = "201",
            description = "An array with the new request's id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Created.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed field (an Open311 error array)")
    @APIResponse(
            responseCode = "403",
            description = "No integrator token with coproduce:write, or a client of another" + " organisation")
    @APIResponse(responseCode = "404", description = "No such service")
    public Response create(
            @FormParam("api_key") String apiKey,
            @FormParam("service_code") String code,
            @FormParam("lat") String lat,
            @FormParam("long") String lon,
            @FormParam("address_string") String address,
            @FormParam("description") String description) {
        return answer(() -> Response.status(201)
                .entity(open311.create(code, lat, lon, address, description))
                .build());
    }

    /** Runs the call, turning a refusal into the standard's error array. */
    private static Response answer(java.util.function.Supplier<Object> call) {
        try {
            Object result = call.get();
            return result instanceof Response response
                    ? response
                    : Response.ok(result).build();
        } catch (ProblemException refused) {
            return Response.status(refused.problem().status())
                    .type(MediaType.APPLICATION_JSON)
                    .entity(List.of(Open311.error(refused.problem())))
                    .build();
        }
    }
}
