package org.coproduce.volunteering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.QueryParams;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for everyday contributions and each service's list of kinds. */
@Path("/v1/contributions")
@Tag(name = "Volunteering")
@Produces(MediaType.APPLICATION_JSON)
public class ContributionResource {
    private final Contributions contributions;

    ContributionResource(Contributions contributions) {
        this.contributions = contributions;
    }

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My everyday contributions, latest first")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public ContributionPage mine(
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return contributions.mine(cursor, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Record help I gave outside any shift",
            description = "Against a service, with one of its kinds, a date and optional hours.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown kind, or a date in the future")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "429", description = "Too many in a short time")
    public Response record(@Valid @NotNull ContributionInput input) {
        return Response.status(201).entity(contributions.record(input)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Delete one of my contributions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such contribution of mine")
    public void delete(@PathParam("id") UUID id) {
        contributions.delete(id);
    }

    @GET
    @Path("kinds")
    @Operation(summary = "A service's kinds of everyday contribution")
    @APIResponse(responseCode = "200", description = "The kinds, by name")
    @APIResponse(responseCode = "400", description = "No or an unknown service")
    public ContributionKindList kinds(@QueryParam("service") String serviceId) {
        UUID service = QueryParams.uuid("service", serviceId);
        if (service == null) {
            throw ProblemException.invalidField("service", "is required");
        }
        return contributions.kinds(service);
    }

    @POST
    @Path("kinds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Add a kind to a service's list (staff of its organisation)")
    @APIResponse(responseCode = "200", description = "The kind (the existing one if the name was there)")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    public ContributionKindView addKind(@Valid @NotNull ContributionKindInput input) {
        return contributions.addKind(input);
    }
}
