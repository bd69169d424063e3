package org.coproduce.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for what I choose to tell Coproduce about myself. */
@Path("/v1/me/profile")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class ProfileResource {
    private final Declarations declarations;

    ProfileResource(Declarations declarations) {
        this.declarations = declarations;
    }

    @GET
    @Operation(
            summary = "My area and self-declared answers, with the choices",
            description = "All optional. Used only to show staff, as counts of 5 people or more, who takes part in"
                    + " each service and who is left out, against the area's population.")
    @APIResponse(responseCode = "200", description = "What I have said")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public ProfileView get() {
        return declarations.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Say (or change) my area and answers", description = "Replaces what I said before.")
    @APIResponse(responseCode = "200", description = "What I have said now")
    @APIResponse(responseCode = "400", description = "An area or answer that is not one of the choices")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public ProfileView put(@NotNull ProfileInput input) {
        return declarations.update(input);
    }

    @DELETE
    @Path("declarations")
    @Operation(summary = "Withdraw my area and every answer", description = "Deletes them.")
    @APIResponse(responseCode = "200", description = "Nothing declared now")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public ProfileView withdraw() {
        return declarations.withdraw();
    }
}
