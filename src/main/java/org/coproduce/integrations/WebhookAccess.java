package org.coproduce.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;

/**
 * Who may manage an organisation's webhooks: its machine client with the {@code coproduce:webhooks}
 * scope, its staff, and admins.
 */
@ApplicationScoped
class WebhookAccess {
    static final String SCOPE = "coproduce:webhooks";

    private final CurrentIdentity identity;
    private final IntegratorClients clients;
    private final CataloguePermissions permissions;
    private final StaffDirectory staff;
    private final People people;

    WebhookAccess(
            CurrentIdentity identity,
            IntegratorClients clients,
            CataloguePermissions permissions,
            StaffDirectory staff,
            People people) {
        this.identity = identity;
        this.clients = clients;
        this.permissions = permissions;
        this.staff = staff;
        this.people = people;
    }

    /** The organisation a new webhook belongs to: the client's own, or the one a person names. */
    UUID organisationForNew(UUID named) {
        if (!identity.isPerson()) {
            UUID own = clientsOrganisation();
            if (named != null && !named.equals(own)) {
                throw ProblemException.forbidden("This client acts for another organisation.");
            }
            return own;
        }
        if (named == null) {
            throw ProblemException.invalidField("organisationId", "must be given");
        }
        requireManages(named);
        return named;
    }

    /** 404 rather than 403 for another organisation's webhook, so ids reveal nothing. */
    void requireManages(UUID organisationId) {
        boolean allowed = identity.isPerson()
                ? permissions.canManageServicesOf(organisationId)
                : organisationId.equals(clientsOrganisation());
        if (!allowed) {
            throw ProblemException.notFound("webhook", "of another organisation");
        }
    }

    /** The organisations whose webhooks the caller sees; null means every organisation (admins). */
    List<UUID> visibleOrganisations() {
        if (!identity.isPerson()) {
            return List.of(clientsOrganisation());
        }
        if (identity.isAdmin()) {
            return null;
        }
        if (!identity.isStaff()) {
            throw ProblemException.forbidden("Only staff, admins and integrators manage webhooks.");
        }
        return staff.organisationsOf(people.me().id()).stream()
                .map(StaffDirectory.OrganisationRef::id)
                .toList();
    }

    private UUID clientsOrganisation() {
        return clients.requireOrganisation(SCOPE);
    }
}
