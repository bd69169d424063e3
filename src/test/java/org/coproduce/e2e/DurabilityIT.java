package org.coproduce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.build.Jwt;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged application with SIGKILL in the middle of a write load and starts it again
 * on the same PostgreSQL: every write it acknowledged is there, retrying every request with its
 * Idempotency-Key creates nothing twice, and it starts cleanly. The database runs in this JVM, so
 * it outlives the application, as a managed PostgreSQL does in production. Tokens are signed here
 * with the test key the application is told to trust.
 */
class DurabilityIT {
    private static final String ISSUER = "https://id.coproduce.test/realms/coproduce";
    private static final Path PROJECT_DIR = Path.of(System.getProperty("coproduce.project.dir", "."));
    private static final Path TARGET_DIR = PROJECT_DIR.resolve("target");
    private static final Path LOG = TARGET_DIR.resolve("app-durability.log");
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(5);
    private static final int WRITERS = 6;
    private static final int PEOPLE = 400;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres database;
    private static Process app;
    private static String appUrl;
    private static PrivateKey key;

    /** One create request, and what the application answered before it died. */
    record Attempt(String person, String idempotencyKey, String title, String acknowledgedId) {}

    @BeforeAll
    static void startDatabase() throws Exception {
        database = EmbeddedDatabase.start(TARGET_DIR.resolve("durability-database"), true);
        key = privateKey();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (app != null) {
            app.destroyForcibly();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoneIsMadeTwice() throws Exception {
        int port = freePort();
        appUrl = "http://localhost:" + port;
        app = startApp(port, false);
        waitUntilReady(Duration.ofSeconds(90));
        String service = createService();

        // Writers post ideas, each with its own Idempotency-Key, until the application is killed.
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger people = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (loading.get()) {
                    String person = "durable-" + (people.getAndIncrement() % PEOPLE);
                    String idempotencyKey = UUID.randomUUID().toString();
                    String title = "Durable idea " + idempotencyKey;
                    String id = null;
                    try {
                        HttpResponse<String> response = postIdea(person, idempotencyKey, title, service);
                        if (response.statusCode() == 201) {
                            id = idOf(response.body());
                        }
                    } catch (IOException | InterruptedException diedMidRequest) {
                        // not acknowledged: retried after the restart
                    }
                    attempts.add(new Attempt(person, idempotencyKey, title, id));
                }
                return null;
            });
        }
        Thread.sleep(LOAD_BEFORE_KILL.toMillis());
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close of connections
        app.waitFor(30, TimeUnit.SECONDS);
        loading.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        app = startApp(port, true);
        waitUntilReady(Duration.ofSeconds(90));
        String log = Files.readString(LOG);
        assertThat(log).as("the restart's log").doesNotContain(" ERROR ");

        List<Attempt> acknowledged =
                attempts.stream().filter(a -> a.acknowledgedId() != null).toList();
        List<Attempt> unanswered =
                attempts.stream().filter(a -> a.acknowledgedId() == null).toList();
        System.out.printf(
                "[durability] %d writes sent, %d acknowledged before the kill, %d unanswered%n",
                attempts.size(), acknowledged.size(), unanswered.size());
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThan(20);

        // Every acknowledged write is there, and retrying it replays the same idea.
        for (Attempt attempt : acknowledged) {
            HttpResponse<String> read = get("/api/v1/ideas/" + attempt.acknowledgedId());
            assertThat(read.statusCode())
                    .as("idea %s", attempt.acknowledgedId())
                    .isEqualTo(200);
            assertThat(read.body()).contains(attempt.title());
            HttpResponse<String> retry = postIdea(attempt.person(), attempt.idempotencyKey(), attempt.title(), service);
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(idOf(retry.body())).isEqualTo(attempt.acknowledgedId());
        }
        // Requests the kill cut off may or may not have been committed: retried, each is made once.
        for (Attempt attempt : unanswered) {
            HttpResponse<String> retry = postIdea(attempt.person(), attempt.idempotencyKey(), attempt.title(), service);
            assertThat(retry.statusCode())
                    .as("retry of %s", attempt.idempotencyKey())
                    .isEqualTo(201);
        }
        try (Connection connection = database.getPostgresDatabase().getConnection();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT count(*), count(DISTINCT title) FROM ideas WHERE title LIKE 'Durable idea %'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("ideas made").isEqualTo(attempts.size());
            assertThat(rows.getLong(2)).as("distinct ideas").isEqualTo(attempts.size());
        }
        System.out.printf(
                "[durability] %d acknowledged writes found after the restart; %d writes retried, none made twice%n",
                acknowledged.size(), attempts.size());
    }

    // ------------------------------------------------------------------ the application

    private static Process startApp(int port, boolean append) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(java, "-jar", System.getProperty("coproduce.jar")).directory(TARGET_DIR.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        // The identity provider is this test: it signs tokens with the key the application trusts.
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
        builder.redirectErrorStream(true);
        builder.redirectOutput(
                append ? ProcessBuilder.Redirect.appendTo(LOG.toFile()) : ProcessBuilder.Redirect.to(LOG.toFile()));
        if (append) {
            Files.writeString(LOG, "", StandardCharsets.UTF_8); // the restart's log alone is checked
        }
        return builder.start();
    }

    private static void waitUntilReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application exited; see " + LOG);
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Not ready within " + timeout + "; see " + LOG);
    }

    private static String createService() throws Exception {
        String organisation = idOf(send(
                        "POST",
                        "/api/v1/organisations",
                        "adam",
                        Set.of("admin"),
                        null,
                        "{\"name\":\"Durable borough\",\"slug\":\"durable-borough\"}")
                .body());
        return idOf(send(
                        "POST",
                        "/api/v1/services",
                        "adam",
                        Set.of("admin"),
                        null,
                        "{\"organisationId\":\"" + organisation + "\",\"name\":\"Durable parks\",\"summary\":\"Parks\","
                                + "\"category\":\"PARKS_AND_GREEN_SPACES\",\"areaServed\":\"Whole borough\","
                                + "\"contact\":{\"email\":\"parks@durable.example\"}}")
                .body());
    }

    private static HttpResponse<String> postIdea(String person, String idempotencyKey, String title, String service)
            throws IOException, InterruptedException {
        return send(
                "POST",
                "/api/v1/ideas",
                person,
                Set.of("citizen"),
                idempotencyKey,
                "{\"serviceId\":\"" + service + "\",\"title\":\"" + title + "\",\"body\":\"Kept whatever happens.\"}");
    }

    private static HttpResponse<String> send(
            String method, String path, String person, Set<String> roles, String idempotencyKey, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(person, roles))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (idempotencyKey == null && response.statusCode() != 201) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(appUrl + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String person, Set<String> roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience("coproduce-portal")
                .subject(person)
                .claim("name", person)
                .claim("email", person + "@durable.example")
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", new ArrayList<>(roles)))
                .issuedAt(now.minusSeconds(30))
                .expiresAt(now.plus(Duration.ofMinutes(10)))
                .sign(key);
    }

    private static String idOf(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }

    // ------------------------------------------------------------------ keys and ports

    private static String resource(String name) throws IOException {
        try (InputStream in = DurabilityIT.class.getResourceAsStream("/token-attacks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static String publicKey() throws IOException {
        return resource("trusted-public.pem")
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
    }

    private static PrivateKey privateKey() throws Exception {
        byte[] der = Base64.getDecoder()
                .decode(resource("trusted-private.pem")
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
