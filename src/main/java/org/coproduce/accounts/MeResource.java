package org.coproduce.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.coproduce.shared.security.StaffDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person. */
@Path("/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    static final String CONFIRMATION = "erase-my-account";
    private static final List<String> PUBLIC_ROLES = List.of(Roles.CITIZEN, Roles.STAFF, Roles.ADMIN);

    private final People people;
    private final CurrentIdentity identity;
    private final StaffDirectory staff;
    private final Accounts accounts;
    private final MyData myData;
    private final Erasure erasure;

    MeResource(
            People people,
            CurrentIdentity identity,
            StaffDirectory staff,
            Accounts accounts,
            MyData myData,
            Erasure erasure) {
        this.people = people;
        this.identity = identity;
        this.staff = staff;
        this.accounts = accounts;
        this.myData = myData;
        this.erasure = erasure;
    }

    @GET
    @Operation(
            summary = "The signed-in person",
            description = "Creates the person on their first call after signing in. 401 when nobody is signed in.")
    @APIResponse(responseCode = "200", description = "The signed-in person")
    @APIResponse(responseCode = "401", description = "Nobody is signed in")
    @APIResponse(responseCode = "403", description = "The caller is a machine client, not a person")
    public MeView me() {
        PersonRef me = people.me();
        List<String> roles =
                PUBLIC_ROLES.stream().filter(identity.roles()::contains).toList();
        return new MeView(
                me.id(),
                me.displayName(),
                me.email(),
                roles,
                staff.organisationsOf(me.id()),
                accounts.mine().language());
    }

    @GET
    @Path("account")
    @Operation(summary = "My name and language")
    @APIResponse(responseCode = "200", description = "My account")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public AccountView account() {
        return accounts.mine();
    }

    @PUT
    @Path("account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change my name or language",
            description = "Replaces both: a null name goes back to the name my sign-in gives, a null language to"
                    + " the browser's.")
    @APIResponse(responseCode = "200", description = "My account now")
    @APIResponse(responseCode = "400", description = "A blank or too long name, or a language other than en or cy")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public AccountView changeAccount(@NotNull @Valid AccountSettings settings) {
        return accounts.update(settings);
    }

    @GET
    @Path("export")
    @Operation(
            summary = "Download my data",
            description = "One JSON document with everything Coproduce holds about me: account, profile, notification"
                    + " settings and notifications, ideas, comments, supports, co-authorships, reports, sign-ups and"
                    + " hours, contributions, checks, ratings and reviews, answers on promised changes, and (for"
                    + " staff) what I wrote in that role.")
    @APIResponse(
            responseCode = "200",
            description = "Everything about me, as an attachment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            example = "{\"exportedAt\": \"2026-11-29T10:00:00Z\", \"account\": {\"id\":"
                                    + " \"0b9c4a51-54f4-4c55-9f57-3f3f0a5a1c11\", \"displayName\": \"Bob Jones\","
                                    + " \"email\": \"bob@example.com\"}, \"ideas\": [{\"id\":"
                                    + " \"6f1d2c3b-1a2b-4c5d-8e9f-0a1b2c3d4e5f\", \"title\": \"Benches by the"
                                    + " pond\"}], \"ratings\": [], \"signups\": []}"))
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response export() {
        return Response.ok(myData.export())
                .header("Content-Disposition", "attachment; filename=\"coproduce-my-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Operation(
            summary = "Erase my account",
            description = "Deletes my personal data and ends my sessions everywhere. What I wrote in public stays,"
                    + " shown as by a former participant, and every count stays as it was. Signing in again"
                    + " starts a new, empty account. Send confirm=erase-my-account: the step that stops a"
                    + " mistaken call.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "400", description = "confirm=erase-my-account is missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public void erase(
            @Parameter(description = "Must be erase-my-account", required = true) @QueryParam("confirm")
                    String confirm) {
        if (!CONFIRMATION.equals(confirm)) {
            throw ProblemException.invalidField("confirm", "must be " + CONFIRMATION + " to erase the account");
        }
        erasure.eraseMe();
    }
}
