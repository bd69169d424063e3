package org.coproduce.integrations;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With the demo data, ties the demo's machine clients to their organisations, as an admin would:
 * {@code coproduce.demo.integrator-clients=client-id:organisation-slug,...}.
 */
@ApplicationScoped
class DemoIntegratorClients {
    private static final Logger LOG = Logger.getLogger(DemoIntegratorClients.class);

    private final EntityManager db;
    private final Clock clock;
    private final boolean enabled;
    private final List<String> clients;

    DemoIntegratorClients(
            EntityManager db,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "coproduce.demo.integrator-clients") List<String> clients) {
        this.db = db;
        this.clock = clock;
        this.enabled = enabled;
        this.clients = clients;
    }

    @Transactional
    void load(@Observes @Priority(3500) StartupEvent started) {
        if (!enabled) {
            return;
        }
        for (String pair : clients) {
            String[] parts = pair.split(":", 2);
            int tied = db.createNativeQuery("""
                            INSERT INTO integrator_clients (client_id, organisation_id, name, created_at)
                            SELECT ?1, id, ?3, ?4 FROM organisations WHERE slug = ?2
                            ON CONFLICT (client_id) DO NOTHING
                            """)
                    .setParameter(1, parts[0].strip())
                    .setParameter(2, parts[1].strip())
                    .setParameter(3, "Demo integrator " + parts[0].strip())
                    .setParameter(4, clock.instant())
                    .executeUpdate();
            if (tied > 0) {
                LOG.infof("Demo integrator client %s acts for %s", parts[0].strip(), parts[1].strip());
            }
        }
    }
}
