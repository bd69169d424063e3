package org.coproduce.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for a service's value of citizens' time and its staff support hours. */
@Path("/v1/services/{id}/time-value")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class TimeValueResource {
    private final TimeValues values;

    TimeValueResource(TimeValues values) {
        this.values = values;
    }

    @Schema(description = "The service's own value of an hour; null to use the instance's")
    public record HourlyValueInput(
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) @Schema(examples = "15.00")
            BigDecimal hourlyValue) {}

    @Schema(description = "Hours staff spent supporting the service's volunteers in the month")
    public record StaffHoursInput(
            @NotNull
            @DecimalMin("0")
            @DecimalMax("100000")
            @Digits(integer = 6, fraction = 2)
            @Schema(examples = "12.5")
            BigDecimal hours) {}

    @GET
    @Operation(summary = "The service's value of an hour of citizens' time and its recorded staff support hours")
    @APIResponse(responseCode = "200", description = "The values")
    @APIResponse(responseCode = "404", description = "No such service")
    public TimeValueView get(@Parameter(description = "The service's id or slug") @PathParam("id") String service) {
        return values.of(service);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Set the service's own value of an hour of citizens' time",
            description = "Staff of the organisation that runs the service, or an admin. Null returns to the instance's"
                    + " value. The record multiplies approved hours by it.")
    @APIResponse(responseCode = "200", description = "Set")
    @APIResponse(responseCode = "400", description = "Negative, above 10,000 or more than 2 decimals")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such service")
    public TimeValueView setHourlyValue(@PathParam("id") String service, @NotNull @Valid HourlyValueInput input) {
        return values.setHourlyValue(service, input.hourlyValue());
    }

    @PUT
    @Path("staff-hours/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Record the hours staff spent supporting the service's volunteers in a month",
            description = "Replaces what the month had. The record shows them beside citizens' hours.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A malformed or future month, or hours out of range")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such service")
    public TimeValueView setStaffHours(
            @PathParam("id") String service,
            @Parameter(description = "The month, e.g. 2026-10") @PathParam("month") String month,
            @NotNull @Valid StaffHoursInput input) {
        return values.setStaffHours(service, month, input.hours());
    }

    @DELETE
    @Path("staff-hours/{month}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Remove a month's staff support hours")
    @APIResponse(responseCode = "200", description = "Removed")
    @APIResponse(responseCode = "400", description = "A malformed or future month")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such service")
    public TimeValueView removeStaffHours(@PathParam("id") String service, @PathParam("month") String month) {
        return values.setStaffHours(service, month, null);
    }
}
