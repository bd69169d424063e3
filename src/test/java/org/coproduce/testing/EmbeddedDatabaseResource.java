package org.coproduce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.coproduce.shared.database.EmbeddedDatabase;

/** Every @QuarkusTest runs on a real, throw-away PostgreSQL. */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedDatabase.start(Files.createTempDirectory("coproduce-test-db"), true);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The embedded database stops with the JVM (EmbeddedDatabase registers a shutdown hook).
    }
}
