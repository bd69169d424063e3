package org.coproduce.shared;

import io.quarkus.runtime.LaunchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Tells dev mode apart before Quarkus starts. {@code LaunchMode.current()} is not yet set when dev
 * mode calls the main method, but only dev mode runs the application from compiled classes rather
 * than from the packaged jar.
 */
public final class DevelopmentMode {
    private DevelopmentMode() {}

    public static boolean isActive() {
        if (LaunchMode.current().isDevOrTest()) {
            return true;
        }
        try {
            Path codeSource = Paths.get(DevelopmentMode.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Files.isDirectory(codeSource);
        } catch (Exception e) {
            return false;
        }
    }
}
