package org.coproduce.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for how I am told about notifications. */
@Path("/v1/me/notification-settings")
@Tag(name = "Me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class NotificationSettingsResource {
    private final People people;
    private final PersonRepository repository;
    private final java.time.Clock clock;

    NotificationSettingsResource(People people, PersonRepository repository, java.time.Clock clock) {
        this.people = people;
        this.repository = repository;
        this.clock = clock;
    }

    @GET
    @Transactional
    @Operation(summary = "My notification settings")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public NotificationSettings get() {
        return new NotificationSettings(repository.findById(people.me().id()).emailFrequency);
    }

    @PUT
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my notification settings")
    @APIResponse(responseCode = "200", description = "The settings now")
    @APIResponse(responseCode = "400", description = "Not one of the choices")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public NotificationSettings put(@Valid @NotNull NotificationSettings settings) {
        Person me = repository.findById(people.me().id());
        me.emailFrequency = settings.emailFrequency();
        me.updatedAt = clock.instant();
        return new NotificationSettings(me.emailFrequency);
    }
}
