package org.coproduce.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduce.shared.api.Created;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for outcome indicators and their observations. */
@Path("/v1/indicators")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    private final Indicators indicators;

    IndicatorResource(Indicators indicators) {
        this.indicators = indicators;
    }

    @GET
    @Operation(summary = "A service's outcome indicators (the service rating is always one, in every evaluation)")
    @APIResponse(responseCode = "200", description = "The indicators")
    @APIResponse(responseCode = "400", description = "No service given")
    @APIResponse(responseCode = "404", description = "No such service")
    public IndicatorList list(
            @Parameter(description = "The service (id or slug)") @QueryParam("service") String service) {
        if (service == null || service.isBlank()) {
            throw ProblemException.invalidField("service", "must name a service");
        }
        return indicators.ofService(service);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Define an outcome indicator of a service")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not staff of the organisation that runs the service")
    @APIResponse(responseCode = "409", description = "The service already has an indicator of that name")
    public Response create(@Valid @NotNull IndicatorInput input, @Context UriInfo uri) {
        IndicatorView created = indicators.create(input);
        return Created.at(uri, created.id(), created, created.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One indicator")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorView get(@PathParam("id") UUID id) {
        return indicators.get(id);
    }

    @GET
    @Path("{id}/observations")
    @Operation(summary = "The indicator's observations, oldest first")
    @APIResponse(responseCode = "200", description = "A page of observations")
    @APIResponse(responseCode = "400", description = "A bad cursor")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public ObservationPage observations(
            @PathParam("id") UUID id,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return indicators.observations(id, cursor, limit);
    }

    @POST
    @Path("{id}/observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(
            summary = "Record observations",
            description = "Staff of the service's organisation, or integrators with coproduce:write. Each value must be"
                    + " in the indicator's unit and not in the future; one bad value refuses them all. A value for a"
                    + " date already observed replaces it.")
    @APIResponse(responseCode = "200", description = "Recorded; the indicator with its new counts")
    @APIResponse(responseCode = "400", description = "Invalid values, a unit mismatch or a future date")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not staff of the organisation, nor an integrator with coproduce:write")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorView record(@PathParam("id") UUID id, @Valid @NotNull ObservationInput input) {
        return indicators.record(id, input.observations(), "STAFF");
    }

    @POST
    @Path("{id}/observations")
    @Consumes("text/csv")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(
            summary = "Upload observations as CSV",
            description = "A header line date,value,unit, then one observation per line (2026-10-31,42.5,visits)."
                    + " Every line is checked first: one bad line rejects the whole upload, and the errors name each"
                    + " line at fault (field \"line 3\").")
    @RequestBody(description = "CSV text")
    @APIResponse(responseCode = "200", description = "Recorded; the indicator with its new counts")
    @APIResponse(
            responseCode = "400",
            description = "Malformed lines (with their numbers), unit mismatches, future dates")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not staff of the organisation, nor an integrator with coproduce:write")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorView upload(@PathParam("id") UUID id, String csv) {
        return indicators.recordCsv(id, csv);
    }
}
