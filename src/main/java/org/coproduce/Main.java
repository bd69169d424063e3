package org.coproduce;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.coproduce.shared.database.EmbeddedDatabase;
import org.coproduce.shared.security.IdentityProviderSettings;

/**
 * Starts Coproduce: checks the identity provider settings, starts the embedded PostgreSQL when no
 * database is configured, then the application.
 */
@QuarkusMain
public final class Main {
    private Main() {}

    public static void main(String... args) {
        IdentityProviderSettings.check();
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
