package org.coproduce.integrations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for tying machine clients to organisations (admins). */
@Path("/v1/integrator-clients")
@Tag(name = "Integrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class IntegratorClientResource {
    private final IntegratorClients clients;

    IntegratorClientResource(IntegratorClients clients) {
        this.clients = clients;
    }

    @GET
    @Operation(summary = "Machine clients and the organisation each acts for")
    @APIResponse(responseCode = "200", description = "The clients")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<IntegratorClientView> list() {
        return clients.list();
    }

    @PUT
    @Path("{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Tie a machine client to an organisation",
            description = "The client id is the one the identity provider issues (the token's client_id or azp).")
    @APIResponse(responseCode = "200", description = "Tied")
    @APIResponse(responseCode = "400", description = "Missing fields")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public IntegratorClientView register(
            @PathParam("clientId") String clientId, @Valid @NotNull IntegratorClientInput input) {
        return clients.register(clientId, input);
    }

    @DELETE
    @Path("{clientId}")
    @Operation(summary = "Untie a machine client: it can no longer touch any organisation's data")
    @APIResponse(responseCode = "204", description = "Untied")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such client")
    public void remove(@PathParam("clientId") String clientId) {
        clients.remove(clientId);
    }
}
