package org.coproduce.volunteering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for one shift: its details, sign-ups, roster, staff assignments and check-in. */
@Path("/v1/shifts/{id}")
@Tag(name = "Volunteering")
@Produces(MediaType.APPLICATION_JSON)
public class ShiftResource {
    private final Opportunities opportunities;
    private final Signups signups;
    private final Attendances attendances;

    ShiftResource(Opportunities opportunities, Signups signups, Attendances attendances) {
        this.opportunities = opportunities;
        this.signups = signups;
        this.attendances = attendances;
    }

    @GET
    @Operation(summary = "One shift, with places left and the waitlist length")
    @APIResponse(
            responseCode = "200",
            description = "The shift",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "404", description = "No such shift")
    public Response get(@PathParam("id") UUID id) {
        ShiftView shift = opportunities.shift(id);
        return Response.ok(shift).tag(Long.toString(shift.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Change a shift (staff)")
    @APIResponse(
            responseCode = "200",
            description = "The changed shift",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShiftView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such shift")
    @APIResponse(responseCode = "409", description = "Fewer places than people already confirmed")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ShiftInput input) {
        ShiftView shift = opportunities.updateShift(id, ifMatch, input);
        return Response.ok(shift).tag(Long.toString(shift.version())).build();
    }

    @POST
    @Path("signups")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Sign up for the shift",
            description = "CONFIRMED while places remain, otherwise WAITLISTED with a first-come position. Signing up"
                    + " again returns the existing sign-up (200).")
    @APIResponse(
            responseCode = "201",
            description = "Signed up",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "200", description = "Already signed up: the existing sign-up")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such shift")
    @APIResponse(
            responseCode = "409",
            description = "Refused, with the reason: sign-up not open or closed, a requirement not met, an overlapping"
                    + " shift, or over the burden limit")
    public Response signUp(@PathParam("id") UUID id, SignupInput input) {
        SignupResult result = signups.signUp(id, input);
        return Response.status(result.created() ? 201 : 200)
                .entity(result.signup())
                .build();
    }

    @GET
    @Path("signups")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(
            summary = "The roster: confirmed people, then the waitlist in order",
            description = "Staff of the service's organisation, with volunteers' emails; the organisation's machine"
                    + " client with coproduce:read, without contact details.")
    @APIResponse(responseCode = "200", description = "The roster")
    @APIResponse(
            responseCode = "403",
            description = "Not staff of the service's organisation, or a client of another"
                    + " organisation or without coproduce:read")
    @APIResponse(responseCode = "404", description = "No such shift")
    public Roster roster(@PathParam("id") UUID id) {
        return attendances.roster(id);
    }

    @GET
    @Path("signups.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "The roster as CSV, for printing or a spreadsheet (staff)")
    @APIResponse(responseCode = "200", description = "The roster")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such shift")
    public Response rosterCsv(@PathParam("id") UUID id) {
        return Response.ok(RosterCsv.of(attendances.roster(id)))
                .header("Content-Disposition", "attachment; filename=\"roster-" + id + ".csv\"")
                .build();
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Assign a named person to the shift (staff)",
            description = "Takes a free place, or one above capacity when a reason is given (audited). Someone on the"
                    + " waitlist gets a place.")
    @APIResponse(
            responseCode = "201",
            description = "Assigned",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "200", description = "They already had a place, or came off the waitlist")
    @APIResponse(responseCode = "400", description = "No person given")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such shift")
    @APIResponse(
            responseCode = "409",
            description = "Full and no reason given, an overlapping shift, a check missing or over the burden limit")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull AssignmentInput input) {
        SignupResult result = signups.assign(id, input);
        return Response.status(result.created() ? 201 : 200)
                .entity(result.signup())
                .build();
    }

    @POST
    @Path("approve-hours")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Approve the hours of everyone marked attended (staff)")
    @APIResponse(responseCode = "200", description = "The roster after approval")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such shift")
    public Roster approveHours(@PathParam("id") UUID id) {
        return attendances.approveAll(id);
    }

    @POST
    @Path("check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITIZEN)
    @Operation(
            summary = "Check in on site with the code staff show",
            description = "From 30 minutes before the start until the end; records attendance for the shift's length.")
    @APIResponse(responseCode = "200", description = "Checked in")
    @APIResponse(responseCode = "400", description = "Not the code shown on site")
    @APIResponse(responseCode = "409", description = "No confirmed place, or outside the shift")
    @APIResponse(responseCode = "429", description = "Too many attempts")
    public SignupView checkIn(@PathParam("id") UUID id, @Valid @NotNull CheckInInput input) {
        return attendances.checkIn(id, input.code());
    }

    @PUT
    @Path("checks/{personId}/{check}")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(
            summary = "Confirm a check (such as safeguarding) for a person (staff)",
            description = "Holds for every opportunity of the shift's organisation.")
    @APIResponse(responseCode = "204", description = "Confirmed")
    @APIResponse(responseCode = "403", description = "Not staff of the service's organisation")
    @APIResponse(responseCode = "404", description = "No such shift or person")
    public void confirmCheck(
            @PathParam("id") UUID id,
            @PathParam("personId") UUID personId,
            @PathParam("check") @NotBlank @Size(max = 60) String check) {
        signups.confirmCheck(id, personId, check);
    }
}
