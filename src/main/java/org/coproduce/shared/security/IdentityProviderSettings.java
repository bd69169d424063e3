package org.coproduce.shared.security;

import org.coproduce.shared.DevelopmentMode;
import org.jboss.logging.Logger;

/**
 * Checks the identity provider settings before the application starts. Half a configuration (a
 * client id or secret without the provider's URL) stops start-up with a message saying what is
 * missing; no configuration at all outside dev mode starts the application read-only, with
 * sign-in switched off, so a first {@code java -jar} works with nothing set.
 */
public final class IdentityProviderSettings {
    private static final Logger LOG = Logger.getLogger(IdentityProviderSettings.class);

    private IdentityProviderSettings() {}

    public static void check() {
        if (DevelopmentMode.isActive()) {
            return; // dev mode and tests use the in-process OIDC dev service
        }
        if (isSet("QUARKUS_OIDC_PUBLIC_KEY", "quarkus.oidc.public-key")) {
            return; // bearer tokens checked against a known key (the durability test's set-up), no sign-in
        }
        boolean url = isSet("QUARKUS_OIDC_AUTH_SERVER_URL", "quarkus.oidc.auth-server-url");
        boolean client = isSet("QUARKUS_OIDC_CLIENT_ID", "quarkus.oidc.client-id");
        boolean secret = isSet("QUARKUS_OIDC_CREDENTIALS_SECRET", "quarkus.oidc.credentials.secret");
        if (url && !client) {
            throw new IllegalStateException("QUARKUS_OIDC_AUTH_SERVER_URL is set but QUARKUS_OIDC_CLIENT_ID is not: "
                    + "set the client id of the portal's client at the identity provider (see docs/deployment.md).");
        }
        if (!url && (client || secret)) {
            throw new IllegalStateException(
                    "An OIDC client id or secret is set but QUARKUS_OIDC_AUTH_SERVER_URL is not: "
                            + "set the URL of the identity provider's realm (see docs/deployment.md).");
        }
        if (!url) {
            System.setProperty("quarkus.oidc.tenant-enabled", "false");
            LOG.warn("No identity provider is configured (QUARKUS_OIDC_AUTH_SERVER_URL): the portal and API are "
                    + "read-only and nobody can sign in.");
        }
    }

    private static boolean isSet(String variable, String property) {
        String value = System.getProperty(property, System.getenv(variable));
        return value != null && !value.isBlank();
    }
}
