package org.coproduce.integrations;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In dev mode the identity provider is Quarkus' in-process OIDC server on a port chosen at start;
 * this says where integrators get a token from, as docs/integrators.md tells them to look for.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DevModeIntegratorHint {
    private static final Logger LOG = Logger.getLogger(DevModeIntegratorHint.class);

    void tell(
            @Observes StartupEvent started,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String secret) {
        LOG.infof(
                "Integrators: the dev identity server is %s; get a token with"
                        + " curl -s -d grant_type=client_credentials -d client_id=%s -d client_secret=%s"
                        + " -d 'scope=coproduce:read coproduce:write coproduce:webhooks' %s/token",
                issuer, clientId, secret, issuer);
    }
}
