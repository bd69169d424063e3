package org.coproduce.accounts;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.coproduce.shared.security.StaffDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person. */
@Path("/v1/me")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private static final List<String> PUBLIC_ROLES = List.of(Roles.CITIZEN, Roles.STAFF, Roles.ADMIN);

    private final People people;
    private final CurrentIdentity identity;
    private final StaffDirectory staff;

    MeResource(People people, CurrentIdentity identity, StaffDirectory staff) {
        this.people = people;
        this.identity = identity;
        this.staff = staff;
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
        return new MeView(me.id(), me.displayName(), me.email(), roles, staff.organisationsOf(me.id()));
    }
}
