package org.coproduce.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import org.coproduce.shared.api.ProblemException;
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
    private final EntityManager db;
    private final java.time.Clock clock;

    NotificationSettingsResource(People people, PersonRepository repository, EntityManager db, java.time.Clock clock) {
        this.people = people;
        this.repository = repository;
        this.db = db;
        this.clock = clock;
    }

    @GET
    @Transactional
    @Operation(summary = "My notification settings")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public NotificationSettings get() {
        return settingsOf(repository.findById(people.me().id()));
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
        db.createNativeQuery("DELETE FROM notification_preferences WHERE person_id = ?1")
                .setParameter(1, me.id)
                .executeUpdate();
        if (settings.byKind() != null) {
            settings.byKind().forEach((kind, frequency) -> {
                if (kind == null) {
                    throw ProblemException.invalidField("byKind", "has a kind that does not exist");
                }
                db.createNativeQuery(
                                "INSERT INTO notification_preferences (person_id, kind, frequency) VALUES (?1, ?2, ?3)")
                        .setParameter(1, me.id)
                        .setParameter(2, kind.name())
                        .setParameter(3, frequency.name())
                        .executeUpdate();
            });
        }
        return settingsOf(me);
    }

    private NotificationSettings settingsOf(Person person) {
        Map<NotificationKind, EmailFrequency> byKind = new EnumMap<>(NotificationKind.class);
        for (Object row : db.createNativeQuery(
                        "SELECT kind, frequency FROM notification_preferences WHERE person_id = ?1")
                .setParameter(1, person.id)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            byKind.put(NotificationKind.valueOf((String) columns[0]), EmailFrequency.valueOf((String) columns[1]));
        }
        return new NotificationSettings(person.emailFrequency, byKind);
    }
}
