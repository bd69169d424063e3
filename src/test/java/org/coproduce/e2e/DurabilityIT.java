package org.coproduce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
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
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(5);
    private static final int WRITERS = 6;
    private static final int PEOPLE = 400;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static PackagedApp app;

    /** One create request, and what the application answered before it died. */
    record Attempt(String person, String idempotencyKey, String title, String acknowledgedId) {}

    @BeforeAll
    static void startDatabase() throws Exception {
        app = new PackagedApp("durability");
    }

    @AfterAll
    static void stopEverything() throws IOException {
        app.close();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoneIsMadeTwice() throws Exception {
        app.start(false);
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
        app.kill();
        loading.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        long before = Files.size(app.log);
        app.start(true);
        String log = Files.readString(app.log).substring((int) before);
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
        try (Connection connection = app.database.getPostgresDatabase().getConnection();
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

    private static String createService() throws Exception {
        String admin = app.token("adam", Set.of("admin"));
        String organisation = idOf(created(app.send(
                "POST",
                "/api/v1/organisations",
                admin,
                "{\"name\":\"Durable borough\",\"slug\":\"durable-borough\"}",
                Map.of())));
        return idOf(created(app.send(
                "POST",
                "/api/v1/services",
                admin,
                "{\"organisationId\":\"" + organisation + "\",\"name\":\"Durable parks\",\"summary\":\"Parks\","
                        + "\"category\":\"PARKS_AND_GREEN_SPACES\",\"areaServed\":\"Whole borough\","
                        + "\"contact\":{\"email\":\"parks@durable.example\"}}",
                Map.of())));
    }

    private static String created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> postIdea(String person, String idempotencyKey, String title, String service)
            throws IOException, InterruptedException {
        return app.send(
                "POST",
                "/api/v1/ideas",
                app.token(person, Set.of("citizen")),
                "{\"serviceId\":\"" + service + "\",\"title\":\"" + title + "\",\"body\":\"Kept whatever happens.\"}",
                Map.of("Idempotency-Key", idempotencyKey));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return app.send("GET", path, null, null, Map.of());
    }

    private static String idOf(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }
}
