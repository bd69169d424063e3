package org.coproduce.shared.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every signed-in person is a citizen, whatever the identity provider says; a machine client
 * (a client-credentials token, which speaks for no person) is an integrator instead.
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String role = isMachineClient(identity) ? Roles.INTEGRATOR : Roles.CITIZEN;
        if (identity.hasRole(role)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(identity).addRole(role).build());
    }

    /**
     * Keycloak marks client-credentials tokens with client_id and a service-account user name;
     * other providers may give the client the integrator role directly (the dev OIDC server does).
     */
    static boolean isMachineClient(SecurityIdentity identity) {
        if (identity.hasRole(Roles.INTEGRATOR)) {
            return true;
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        String username = token.getClaim("preferred_username");
        return token.containsClaim("client_id") || username != null && username.startsWith("service-account-");
    }
}
