package org.coproduce.e2e;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.coproduce.shared.database.EmbeddedDatabase;

/**
 * The packaged application (production profile) against a PostgreSQL this JVM owns, with this
 * class as its identity provider: the application trusts the test key in
 * {@code src/test/resources/token-attacks/}, the issuer {@link #ISSUER} and the production
 * audience, and {@link #token} signs tokens with that key.
 */
final class PackagedApp implements AutoCloseable {
    static final String ISSUER = "https://id.coproduce.test/realms/coproduce";
    static final String AUDIENCE = "coproduce-portal";
    private static final Path TARGET_DIR =
            Path.of(System.getProperty("coproduce.project.dir", ".")).resolve("target");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final EmbeddedPostgres database;
    final Path log;
    private final int port;
    private final PrivateKey key;
    private final boolean ownsDatabase;
    private final Map<String, String> settings = new java.util.HashMap<>();
    private Process process;

    /** An application with a PostgreSQL of its own, closed with it. */
    PackagedApp(String name) throws Exception {
        this(name, EmbeddedDatabase.start(TARGET_DIR.resolve(name + "-database"), true), true);
    }

    /** Another instance on the same PostgreSQL, as several instances share one in production. */
    PackagedApp(String name, EmbeddedPostgres shared) throws Exception {
        this(name, shared, false);
    }

    private PackagedApp(String name, EmbeddedPostgres database, boolean ownsDatabase) throws Exception {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        log = TARGET_DIR.resolve("app-" + name + ".log");
        key = privateKey("trusted-private.pem");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    /** An environment variable for the next start, beyond those every test needs. */
    PackagedApp with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Starts the application; {@code keepLog} appends to the log instead of starting it afresh. */
    void start(boolean keepLog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(java, "-jar", System.getProperty("coproduce.jar")).directory(TARGET_DIR.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_APPLICATION_TYPE", "service");
        env.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey());
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", ISSUER);
        env.put("QUARKUS_OIDC_LOGOUT_PATH", "");
        env.put("QUARKUS_OIDC_LOGOUT_POST_LOGOUT_PATH", "");
        env.remove("QUARKUS_OIDC_AUTH_SERVER_URL");
        env.remove("QUARKUS_OIDC_CLIENT_ID");
        env.remove("QUARKUS_OIDC_CREDENTIALS_SECRET");
        env.put("COPRODUCE_DEMO_DATA", "false");
        env.put("COPRODUCE_RATE_LIMIT_WRITES", "1000000");
        env.putAll(settings);
        if (!keepLog) {
            Files.writeString(log, "", StandardCharsets.UTF_8);
        }
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = builder.start();
        waitUntilReady(Duration.ofSeconds(90));
    }

    /** SIGKILL: no shutdown hook runs and no connection is closed politely. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws IOException {
        if (process != null) {
            process.destroyForcibly();
        }
        if (ownsDatabase) {
            database.close();
        }
    }

    /** A token right in every way for this person, with these realm roles; change what a test needs. */
    JwtClaimsBuilder claims(String person, Set<String> roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(person)
                .claim("name", person)
                .claim("email", person + "@durable.example")
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", new ArrayList<>(roles)))
                .issuedAt(now.minusSeconds(30))
                .expiresAt(now.plus(Duration.ofMinutes(10)));
    }

    String token(String person, Set<String> roles) {
        return claims(person, roles).sign(key);
    }

    HttpResponse<String> send(String method, String path, String bearer, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void waitUntilReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited; see " + log);
            }
            try {
                if (send("GET", "/q/health/ready", null, null, Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Not ready within " + timeout + "; see " + log);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PackagedApp.class.getResourceAsStream("/token-attacks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static String publicKey() throws IOException {
        return resource("trusted-public.pem")
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
    }

    static PrivateKey privateKey(String name) throws Exception {
        byte[] der = Base64.getDecoder()
                .decode(resource(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
