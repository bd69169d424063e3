package org.coproduce.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as the identity provider describes them: subject, name, email and roles. */
@RequestScoped
public class CurrentIdentity {
    private final SecurityIdentity identity;
    private final boolean trustUnverifiedEmail;

    /**
     * @param trustUnverifiedEmail only for the dev OIDC server, whose tokens never say whether an
     *     email is verified; an invitation is claimed by email, so elsewhere it must be verified
     */
    CurrentIdentity(
            SecurityIdentity identity,
            @ConfigProperty(name = "coproduce.identity.trust-unverified-email", defaultValue = "false")
                    boolean trustUnverifiedEmail) {
        this.identity = identity;
        this.trustUnverifiedEmail = trustUnverifiedEmail;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isPerson() {
        return isSignedIn() && !identity.hasRole(Roles.INTEGRATOR);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isStaff() {
        return identity.hasRole(Roles.STAFF);
    }

    /** The identity provider's stable subject for the caller. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public String displayName() {
        return claim("name")
                .or(() -> joined(claim("given_name"), claim("family_name")))
                .or(() -> claim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
    }

    /** The email, when the identity provider vouches for it: invitations are claimed by email. */
    public Optional<String> verifiedEmail() {
        boolean verified =
                claim("email_verified").filter("true"::equalsIgnoreCase).isPresent();
        return verified || trustUnverifiedEmail ? claim("email") : Optional.empty();
    }

    /** The email as the identity provider gives it, verified or not. */
    public Optional<String> email() {
        return claim("email");
    }

    /** True for an integrator whose token carries the OAuth scope, e.g. {@code coproduce:write}. */
    public boolean hasScope(String scope) {
        if (!identity.hasRole(Roles.INTEGRATOR) || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        Object scopes = token.getClaim("scope");
        if (scopes == null) {
            return false;
        }
        String text = scopes.toString()
                .replace("\"", "")
                .replace("[", " ")
                .replace("]", " ")
                .replace(",", " ");
        return java.util.Arrays.asList(text.trim().split("\\s+")).contains(scope);
    }

    /**
     * The OAuth client behind a machine token: Keycloak names it in {@code client_id} and
     * {@code azp}; the dev identity server only in {@code sub}. Empty for a person.
     */
    public Optional<String> clientId() {
        if (!identity.hasRole(Roles.INTEGRATOR)) {
            return Optional.empty();
        }
        return claim("client_id").or(() -> claim("azp")).or(() -> claim("sub"));
    }

    public java.util.Set<String> roles() {
        return identity.getRoles();
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> joined(Optional<String> first, Optional<String> last) {
        return first.map(f -> last.map(l -> f + " " + l).orElse(f));
    }
}
