package org.coproduce.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The whole product as it ships: the packaged jar (with the portal it serves and its embedded
 * PostgreSQL), a real Keycloak with the realm from {@code docker/keycloak}, and a real browser.
 *
 * <p>The other tests run against Quarkus' in-process OIDC server; this one proves that the pieces
 * fit together for real: Keycloak's tokens and roles, the authorization-code sign-in, the session
 * cookie, and the journeys in {@code frontend/e2e} (Playwright with the machine's Chromium).
 *
 * <p>It manages the processes itself (no {@code @QuarkusIntegrationTest}), because it needs
 * Keycloak started first and the app configured to use it. Run by maven-failsafe after
 * {@code package}; {@code -DskipE2e} skips it. Logs: {@code target/keycloak.log},
 * {@code target/app-e2e.log}; screenshots: {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final String REALM = "coproduce";
    private static final String PORTAL_CLIENT = "coproduce-portal";
    private static final String PORTAL_SECRET = "coproduce-portal-secret";
    private static final String INTEGRATOR_CLIENT = "coproduce-integrator-demo";
    private static final String INTEGRATOR_SECRET = "coproduce-integrator-secret";
    /** The port the realm file is written for; rewritten to the port the app gets here. */
    private static final String REALM_APP_URL = "http://localhost:8080";

    private static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration APP_START_TIMEOUT = Duration.ofSeconds(120);
    // the journeys take about 7 minutes; the accessibility sweep (frontend/e2e/sweep.spec.ts) about 22 more
    private static final Duration BROWSER_TESTS_TIMEOUT = Duration.ofMinutes(50);
    private static final int LOG_TAIL_LINES = 80;

    private static final Path PROJECT_DIR = Path.of(property("coproduce.project.dir"));
    private static final Path TARGET_DIR = PROJECT_DIR.resolve("target");
    private static final Path KEYCLOAK_DIR = TARGET_DIR.resolve("keycloak/dist");
    private static final Path KEYCLOAK_LOG = TARGET_DIR.resolve("keycloak.log");
    private static final Path APP_LOG = TARGET_DIR.resolve("app-e2e.log");
    private static final Path SECOND_APP_LOG = TARGET_DIR.resolve("app-e2e-second.log");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process keycloak;
    private static Process app;
    private static String keycloakUrl;
    private static String appUrl;
    private static volatile boolean failed;

    /** Remembers a failure, so the logs' tails are printed once everything has stopped. */
    @RegisterExtension
    static final TestWatcher FAILURE_WATCHER = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed = true;
        }
    };

    @BeforeAll
    static void startKeycloakAndApp() throws Exception {
        try {
            int keycloakPort = freePort();
            int appPort = freePort();
            keycloakUrl = "http://localhost:" + keycloakPort;
            appUrl = "http://localhost:" + appPort;
            System.out.printf("[e2e] Keycloak on %s, Coproduce on %s%n", keycloakUrl, appUrl);

            installKeycloak(appUrl);
            keycloak = startKeycloak(keycloakPort);
            waitUntilOk(
                    keycloak,
                    KEYCLOAK_LOG,
                    keycloakUrl + "/realms/" + REALM + "/.well-known/openid-configuration",
                    KEYCLOAK_START_TIMEOUT);

            app = startApp(appPort);
            waitUntilOk(app, APP_LOG, appUrl + "/q/health/ready", APP_START_TIMEOUT);
        } catch (Exception | Error e) {
            failed = true;
            throw e;
        }
    }

    @AfterAll
    static void stopEverything() {
        stop("Coproduce", app);
        stop("Keycloak", keycloak);
        if (failed) {
            printTail(APP_LOG);
            printTail(KEYCLOAK_LOG);
        }
    }

    // ------------------------------------------------------------------ tests

    @Test
    @Order(1)
    void integratorTokenReadsServicesAndGarbageTokenIsRefused() {
        String token = clientCredentialsToken(INTEGRATOR_CLIENT, INTEGRATOR_SECRET);

        Response services = api(token).get("/api/v1/services?limit=1");
        assertThat(services.statusCode()).as(services.asString()).isEqualTo(200);
        assertThat(services.jsonPath().getList("items")).hasSize(1);

        // The demo client acts for Riverside Parks: its scopes and organisation reach the app.
        Response webhooks = api(token).get("/api/v1/webhooks");
        assertThat(webhooks.statusCode()).as(webhooks.asString()).isEqualTo(200);
        String rating =
                "{\"overall\": 4, \"source\": \"e2e-kiosk\", \"externalId\": \"e2e-" + System.nanoTime() + "\"}";
        Response ours =
                api(token).contentType("application/json").body(rating).post("/api/v1/services/park-rangers/ratings");
        assertThat(ours.statusCode()).as(ours.asString()).isEqualTo(201);
        Response theirs = api(token)
                .contentType("application/json")
                .body(rating)
                .post("/api/v1/services/street-cleaning/ratings");
        assertThat(theirs.statusCode()).as(theirs.asString()).isEqualTo(403);
        Response open311 = api(token).get("/open311/v2/services.json");
        assertThat(open311.statusCode()).as(open311.asString()).isEqualTo(200);

        Response refused = api("not-a-real-token").get("/api/v1/services?limit=1");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(2)
    void keycloakRolesReachTheApp() {
        Response bob = api(passwordToken("bob")).get("/api/v1/me");
        assertThat(bob.statusCode()).as(bob.asString()).isEqualTo(200);
        assertThat(bob.jsonPath().getList("roles", String.class)).contains("citizen");

        Response sam = api(passwordToken("sam")).get("/api/v1/me");
        assertThat(sam.statusCode()).as(sam.asString()).isEqualTo(200);
        assertThat(sam.jsonPath().getList("roles", String.class)).contains("staff");
        assertThat(sam.jsonPath().getString("staffOf[0].slug")).isEqualTo("riverside-parks");
    }

    @Test
    @Order(2)
    void aTokenTheRealmIssuedForAnotherApplicationIsRefused() {
        // admin-cli is a client of every Keycloak realm; its tokens are not meant for Coproduce.
        String elsewhere = token(Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", "bob",
                "password", "bob",
                "scope", "openid"));
        Response refused = api(elsewhere).get("/api/v1/me");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void browserJourneysPass() throws Exception {
        Path frontend = PROJECT_DIR.resolve("frontend");
        List<String> command = new ArrayList<>(List.of(npx(), "playwright", "test"));
        // -De2e.grep=journey-name runs only the matching journeys, for a quicker loop.
        String grep = System.getProperty("e2e.grep");
        if (grep != null && !grep.isBlank()) {
            command.addAll(List.of("--grep", grep));
        }
        ProcessBuilder playwright =
                new ProcessBuilder(command).directory(frontend.toFile()).redirectErrorStream(true);
        playwright.environment().put("BASE_URL", appUrl);
        playwright.environment().put("KEYCLOAK_URL", keycloakUrl);
        System.out.printf("[e2e] npx playwright test (in %s)%n", frontend);

        // Pumped through System.out rather than inheritIO(): failsafe talks to this JVM over stdout.
        Process process = playwright.start();
        Thread pump = pump(process.getInputStream());
        boolean finished = process.waitFor(BROWSER_TESTS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            destroyTree(process);
        }
        pump.join(5_000);

        assertThat(finished)
                .as("Playwright finished within %s", BROWSER_TESTS_TIMEOUT)
                .isTrue();
        assertThat(process.exitValue())
                .as("Playwright exit code (its output is above; screenshots in target/screenshots)")
                .isZero();
    }

    /**
     * Scale-out: a second instance on the same database serves a browser session started on the
     * first (the session cookie is sealed with a key every instance derives from the shared
     * configuration), and a sign-out on the second ends the session on the first as well. The
     * cookies of localhost are shared across ports, as one site's are behind a load balancer.
     */
    @Test
    @Order(4)
    void aSessionStartedOnOneInstanceWorksOnAnotherAndEndsOnBoth() throws Exception {
        Matcher port = Pattern.compile("embedded PostgreSQL on port (\\d+)").matcher(Files.readString(APP_LOG));
        assertThat(port.find())
                .as("the first instance's log names its database's port")
                .isTrue();
        int secondPort = freePort();
        String secondUrl = "http://localhost:" + secondPort;
        Process second = null;
        try {
            second = startApp(
                    secondPort,
                    SECOND_APP_LOG,
                    Map.of(
                            "QUARKUS_DATASOURCE_JDBC_URL",
                            "jdbc:postgresql://localhost:" + port.group(1) + "/postgres",
                            "QUARKUS_DATASOURCE_USERNAME",
                            "postgres",
                            "QUARKUS_DATASOURCE_PASSWORD",
                            "postgres"));
            waitUntilOk(second, SECOND_APP_LOG, secondUrl + "/q/health/ready", APP_START_TIMEOUT);

            // A cookie jar of our own: Keycloak marks its cookies Secure, which browsers send to
            // http://localhost but java.net.CookieManager does not.
            Map<String, String> cookies = new java.util.LinkedHashMap<>();
            HttpClient browser = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            signInWithTheLoginForm(browser, cookies, appUrl, "erin");
            Map<String, String> session = new java.util.LinkedHashMap<>(cookies);
            session.keySet().removeIf(name -> !name.startsWith("q_session"));
            assertThat(session).as("the first instance's session cookie").isNotEmpty();

            HttpResponse<String> onSecond = browser.send(
                    HttpRequest.newBuilder(URI.create(secondUrl + "/api/v1/me"))
                            .header("Accept", "application/json")
                            .header("Cookie", cookieHeader(session))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onSecond.statusCode()).as(onSecond.body()).isEqualTo(200);
            assertThat(onSecond.body()).contains("\"roles\":[\"citizen\"]");

            // Sign-out ends the sessions that began before its second (one begun in the same second,
            // a fresh sign-in, stays valid), so let a second pass as a person would.
            Thread.sleep(1100);
            HttpResponse<String> signOut = browser.send(
                    HttpRequest.newBuilder(URI.create(secondUrl + "/auth/sign-out"))
                            .header("Cookie", cookieHeader(session))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signOut.statusCode())
                    .as("sign-out on the second instance")
                    .isEqualTo(302);
            HttpResponse<String> onFirst = HTTP.send(
                    HttpRequest.newBuilder(URI.create(appUrl + "/api/v1/me"))
                            .header("Accept", "application/json")
                            .header("Cookie", cookieHeader(session))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onFirst.statusCode())
                    .as("the cookie from before the sign-out, on the first instance")
                    .isEqualTo(401);
        } finally {
            stop("Coproduce (second instance)", second);
            if (failed) {
                printTail(SECOND_APP_LOG);
            }
        }
    }

    /** The authorization-code flow as a browser does it: the app, Keycloak's form, back to the app. */
    private static void signInWithTheLoginForm(
            HttpClient browser, Map<String, String> cookies, String app, String username) throws Exception {
        HttpResponse<String> response =
                send(browser, cookies, HttpRequest.newBuilder(URI.create(app + "/auth/sign-in?returnTo=/")));
        for (int hops = 0; hops < 10; hops++) {
            if (response.statusCode() == 302 || response.statusCode() == 303) {
                String location = response.headers().firstValue("Location").orElseThrow();
                URI next = response.request().uri().resolve(location);
                if (next.toString().startsWith(app) && !next.getPath().startsWith("/auth") && next.getQuery() == null) {
                    return; // back on the portal, signed in
                }
                response = send(browser, cookies, HttpRequest.newBuilder(next));
            } else if (response.statusCode() == 200 && response.body().contains("kc-form-login")) {
                Matcher action = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                        .matcher(response.body());
                assertThat(action.find()).as("Keycloak's login form").isTrue();
                String form = "username=" + username + "&password=" + username + "&credentialId=";
                response = send(
                        browser,
                        cookies,
                        HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)));
            } else {
                throw new AssertionError("Sign-in stopped at " + response.uri() + " with " + response.statusCode()
                        + ": "
                        + response.body()
                                .substring(0, Math.min(500, response.body().length())));
            }
        }
        throw new AssertionError("Sign-in did not come back to the portal");
    }

    /** Sends with every cookie collected so far (all on localhost) and collects the ones set. */
    private static HttpResponse<String> send(
            HttpClient browser, Map<String, String> cookies, HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader(cookies));
        }
        HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    // ------------------------------------------------------------------ tokens and API calls

    private static String clientCredentialsToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The demo users' passwords are their user names. */
    private static String passwordToken(String username) {
        return token(Map.of(
                "grant_type", "password",
                "client_id", PORTAL_CLIENT,
                "client_secret", PORTAL_SECRET,
                "username", username,
                "password", username,
                "scope", "openid"));
    }

    private static String token(Map<String, String> form) {
        Response response = given().config(formConfig())
                .formParams(form)
                .post(keycloakUrl + "/realms/" + REALM + "/protocol/openid-connect/token");
        assertThat(response.statusCode())
                .as("token request: %s", response.asString())
                .isEqualTo(200);
        return response.jsonPath().getString("access_token");
    }

    /** Keycloak wants a plain form content type, without the charset rest-assured adds. */
    private static RestAssuredConfig formConfig() {
        return RestAssuredConfig.config()
                .encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    private static RequestSpecification api(String bearerToken) {
        return given().baseUri(appUrl)
                .header("Authorization", "Bearer " + bearerToken)
                .accept("application/json");
    }

    // ------------------------------------------------------------------ Keycloak

    /** Unzips the distribution once; each run starts from a fresh database and the current realm. */
    private static void installKeycloak(String appUrl) throws IOException {
        if (!Files.exists(KEYCLOAK_DIR.resolve("bin/kc.sh"))) {
            unzipWithoutTopFolder(Path.of(property("coproduce.keycloak.zip")), KEYCLOAK_DIR);
        }
        try (Stream<Path> scripts = Files.list(KEYCLOAK_DIR.resolve("bin"))) {
            scripts.filter(script -> script.toString().endsWith(".sh"))
                    .forEach(script -> script.toFile().setExecutable(true));
        }
        deleteRecursively(KEYCLOAK_DIR.resolve("data/h2")); // otherwise the import skips the existing realm

        String realm = Files.readString(PROJECT_DIR.resolve("docker/keycloak/coproduce-realm.json"));
        Path imports = Files.createDirectories(KEYCLOAK_DIR.resolve("data/import"));
        Files.writeString(imports.resolve("coproduce-realm.json"), realm.replace(REALM_APP_URL, appUrl));
    }

    private static Process startKeycloak(int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        KEYCLOAK_DIR.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--http-management-port=" + freePort(),
                        "--import-realm")
                .directory(KEYCLOAK_DIR.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return startLogged(builder, KEYCLOAK_LOG);
    }

    // ------------------------------------------------------------------ the app

    private static Process startApp(int port) throws IOException {
        return startApp(port, APP_LOG, Map.of());
    }

    /** The packaged app with Keycloak; {@code overrides} point a second instance at the first's database. */
    private static Process startApp(int port, Path log, Map<String, String> overrides) throws IOException {
        Path dataDir = TARGET_DIR.resolve("e2e-data");
        if (!overrides.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
            deleteRecursively(dataDir); // a fresh database for the first instance, never under a running one
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(java, "-jar", property("coproduce.jar")).directory(TARGET_DIR.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/" + REALM);
        env.put("QUARKUS_OIDC_CLIENT_ID", PORTAL_CLIENT);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", PORTAL_SECRET);
        env.put("COPRODUCE_DATA_DIR", dataDir.toString());
        // Every journey's browser shares one address; the per-address limit is for the public, not this suite.
        env.put("COPRODUCE_RATE_LIMIT_ANONYMOUS_READS", "100000");
        env.put("COPRODUCE_DEMO_DATA", "true");
        // A database from the developer's shell would defeat the embedded one.
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        env.putAll(overrides);
        return startLogged(builder, log);
    }

    // ------------------------------------------------------------------ processes

    private static Process startLogged(ProcessBuilder builder, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        System.out.printf("[e2e] starting %s (log: %s)%n", String.join(" ", builder.command()), log);
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls the URL until it answers 200; fails early when the process has died. */
    private static void waitUntilOk(Process process, Path log, String url, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Process exited with " + process.exitValue() + " before " + url + " answered; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.printf("[e2e] %s is up%n", url);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(url + " did not answer 200 within " + timeout + "; see " + log);
    }

    /** Politely first (the app's shutdown hook stops its embedded PostgreSQL), then forcibly. */
    private static void stop(String name, Process process) {
        if (process == null) {
            return;
        }
        System.out.printf("[e2e] stopping %s%n", name);
        destroyTree(process);
    }

    private static void destroyTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static Thread pump(InputStream output) {
        Thread thread = new Thread(
                () -> {
                    try (BufferedReader reader =
                            new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                        reader.lines().forEach(System.out::println);
                    } catch (IOException | UncheckedIOException e) {
                        System.out.println("[e2e] output pump stopped: " + e);
                    }
                },
                "playwright-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String npx() {
        return System.getProperty("os.name").toLowerCase().startsWith("windows") ? "npx.cmd" : "npx";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    // ------------------------------------------------------------------ files

    /** Extracts {@code keycloak-x.y.z/...} into {@code target}; the zip keeps no file modes for Java. */
    private static void unzipWithoutTopFolder(Path zip, Path target) throws IOException {
        System.out.printf("[e2e] unzipping %s into %s%n", zip, target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(zipFile.entries())) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue; // the top folder itself
                }
                Path destination = root.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static void printTail(Path log) {
        if (!Files.exists(log)) {
            return;
        }
        try {
            // decoded leniently: a log may hold bytes that are not UTF-8
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            System.out.printf("%n[e2e] ---- last %d lines of %s ----%n", tail.size(), log);
            tail.forEach(System.out::println);
        } catch (IOException e) {
            System.out.printf("[e2e] could not read %s: %s%n", log, e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "System property " + name + " is not set (the pom's failsafe config sets it)");
        }
        return value;
    }
}
