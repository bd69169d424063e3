package org.coproduce;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.coproduce.shared.database.EmbeddedDatabase;

/** Starts Coproduce, first starting the embedded PostgreSQL when no database is configured. */
@QuarkusMain
public final class Main {
    private Main() {}

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
