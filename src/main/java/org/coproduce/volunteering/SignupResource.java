package org.coproduce.volunteering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for one sign-up: cancel or remove, move, attendance. */
@Path("/v1/signups/{id}")
@Tag(name = "Volunteering")
@Produces(MediaType.APPLICATION_JSON)
public class SignupResource {
    private final Signups signups;
    private final Attendances attendances;

    SignupResource(Signups signups, Attendances attendances) {
        this.signups = signups;
        this.attendances = attendances;
    }

    @DELETE
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Cancel my sign-up, or (staff) remove someone",
            description = "A volunteer cancels before the shift's cancellation deadline; staff remove at any time. A"
                    + " freed place goes to the first on the waitlist, who is told at once. Cancelling again changes"
                    + " nothing.")
    @APIResponse(responseCode = "200", description = "The sign-up, now CANCELLED or REMOVED")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such sign-up of mine or of my organisation")
    @APIResponse(responseCode = "409", description = "The cancellation deadline has passed")
    public SignupView end(@PathParam("id") UUID id) {
        return signups.end(id);
    }

    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Move the volunteer to another shift (staff)")
    @APIResponse(responseCode = "200", description = "The new sign-up")
    @APIResponse(responseCode = "400", description = "No such other shift, or the same one")
    @APIResponse(responseCode = "403", description = "Not staff of both shifts' organisations")
    @APIResponse(responseCode = "404", description = "No such sign-up")
    @APIResponse(
            responseCode = "409",
            description = "The other shift is full and no reason was given, overlaps, or is over the burden limit")
    public SignupView move(@PathParam("id") UUID id, @Valid @NotNull MoveInput input) {
        return signups.move(id, input);
    }

    @PUT
    @Path("attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Mark attended (with hours) or no-show, and optionally approve the hours (staff)",
            description = "From the shift's start. Hours default to the shift's length.")
    @APIResponse(responseCode = "200", description = "The sign-up with its attendance")
    @APIResponse(responseCode = "400", description = "Invalid hours")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such sign-up")
    @APIResponse(responseCode = "409", description = "Before the shift's start, or not a confirmed sign-up")
    public SignupView attendance(@PathParam("id") UUID id, @Valid @NotNull AttendanceInput input) {
        return attendances.mark(id, input);
    }
}
