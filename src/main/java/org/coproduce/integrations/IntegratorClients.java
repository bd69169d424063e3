package org.coproduce.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.catalogue.Organisations;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.MachineClients;

/**
 * Which organisation each machine client acts for. The identity provider issues the client and
 * its scopes; an admin ties the client to one organisation here, and the client can then touch
 * that organisation's data only.
 */
@ApplicationScoped
public class IntegratorClients implements MachineClients {
    private final EntityManager db;
    private final Organisations organisations;
    private final CurrentIdentity identity;
    private final Clock clock;

    IntegratorClients(EntityManager db, Organisations organisations, CurrentIdentity identity, Clock clock) {
        this.db = db;
        this.organisations = organisations;
        this.identity = identity;
        this.clock = clock;
    }

    /** The organisation of the calling machine client, if it is one and an admin has tied it to one. */
    @Override
    @Transactional
    public Optional<UUID> callersOrganisation() {
        return identity.clientId().flatMap(this::organisationOf);
    }

    @Override
    @Transactional
    public UUID requireOrganisation(String scope) {
        if (!identity.hasScope(scope)) {
            throw ProblemException.forbidden("This token lacks the scope " + scope + ".");
        }
        return callersOrganisation()
                .orElseThrow(() -> ProblemException.forbidden(
                        "This client is not tied to an organisation yet; an admin ties it in Coproduce."));
    }

    @Transactional
    Optional<UUID> organisationOf(String clientId) {
        return db
                .createNativeQuery("SELECT organisation_id FROM integrator_clients WHERE client_id = ?1")
                .setParameter(1, clientId)
                .getResultList()
                .stream()
                .map(UUID.class::cast)
                .findFirst();
    }

    /** The name an admin gave the client, or its id. */
    @Transactional
    String nameOf(String clientId) {
        List<?> names = db.createNativeQuery("SELECT name FROM integrator_clients WHERE client_id = ?1")
                .setParameter(1, clientId)
                .getResultList();
        return names.isEmpty() ? clientId : (String) names.get(0);
    }

    @Transactional
    public List<IntegratorClientView> list() {
        List<IntegratorClientView> clients = new ArrayList<>();
        for (Object row : db.createNativeQuery(
                        "SELECT client_id, organisation_id, name, created_at FROM integrator_clients ORDER BY name, client_id")
                .getResultList()) {
            Object[] c = (Object[]) row;
            clients.add(view((String) c[0], (UUID) c[1], (String) c[2]));
        }
        return clients;
    }

    /** Ties (or re-ties) a client to an organisation. */
    @Transactional
    public IntegratorClientView register(String clientId, IntegratorClientInput input) {
        if (clientId.isBlank() || clientId.length() > 200) {
            throw ProblemException.invalidField("clientId", "must be 1 to 200 characters");
        }
        UUID organisationId =
                organisations.get(input.organisationId().toString()).id();
        db.createNativeQuery("""
                        INSERT INTO integrator_clients (client_id, organisation_id, name, created_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (client_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name
                        """)
                .setParameter(1, clientId)
                .setParameter(2, organisationId)
                .setParameter(3, input.name().strip())
                .setParameter(4, clock.instant())
                .executeUpdate();
        return view(clientId, organisationId, input.name().strip());
    }

    @Transactional
    public void remove(String clientId) {
        int removed = db.createNativeQuery("DELETE FROM integrator_clients WHERE client_id = ?1")
                .setParameter(1, clientId)
                .executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound("integrator client", clientId);
        }
    }

    private IntegratorClientView view(String clientId, UUID organisationId, String name) {
        var organisation = organisations.get(organisationId.toString());
        return new IntegratorClientView(clientId, name, organisation.id(), organisation.name());
    }
}
