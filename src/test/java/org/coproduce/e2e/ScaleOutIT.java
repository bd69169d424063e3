package org.coproduce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL, as Coproduce scales out: nothing one
 * instance keeps in memory is needed by the other. Sign-ups split across both never overbook a
 * shift, each background job does its work once (webhook deliveries, shift reminders), limits and
 * Idempotency-Keys hold across both, and a session ended on one is refused by the other. (The
 * browser session cookie started on one instance and used on another is in {@link EndToEndIT},
 * which has the real identity provider.)
 */
class ScaleOutIT {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int PLACES = 20;
    private static final int VOLUNTEERS = 120;

    private static EmbeddedPostgres database;
    private static PackagedApp first;
    private static PackagedApp second;
    private static HttpServer receiver;
    private static final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private static String service;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = EmbeddedDatabase.start(
                java.nio.file.Path.of(System.getProperty("coproduce.project.dir", "."), "target", "scale-out-database"),
                true);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            deliveries
                    .computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), id -> new AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        // Both instances run every background job often, so that they would collide if they could.
        first = busy(new PackagedApp("scale-out-1", database));
        second = busy(new PackagedApp("scale-out-2", database));
        first.start(false); // migrates the database
        second.start(false);
        service = createService();
    }

    private static PackagedApp busy(PackagedApp app) {
        return app.with("COPRODUCE_WEBHOOKS_SEND_EVERY", "1s")
                .with("COPRODUCE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true")
                .with("COPRODUCE_VOLUNTEERING_REMIND_EVERY", "1s")
                .with("COPRODUCE_OUTCOMES_REFRESH_CHECK", "1s")
                .with("COPRODUCE_RATE_LIMIT_WRITES", "1000000");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (first != null) first.close();
        if (second != null) second.close();
        if (receiver != null) receiver.stop(0);
        if (database != null) database.close();
    }

    @Test
    void signUpsSplitAcrossBothInstancesNeverOverbookAndEachIsRemindedOnce() throws Exception {
        String shift = createShiftStartingTomorrow();
        ExecutorService volunteers = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int v = 0; v < VOLUNTEERS; v++) {
            PackagedApp instance = v % 2 == 0 ? first : second;
            String person = "volunteer-" + v;
            answers.add(volunteers.submit(() -> instance.send(
                            "POST",
                            "/api/v1/shifts/" + shift + "/signups",
                            instance.token(person, Set.of("citizen")),
                            "{}",
                            Map.of())
                    .statusCode()));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).as("a sign-up's answer").isEqualTo(201);
        }
        volunteers.shutdown();

        Map<String, Long> counts = query("SELECT s.capacity, s.confirmed_count,"
                + " (SELECT count(*) FROM signups WHERE shift_id = s.id AND status = 'CONFIRMED') AS confirmed,"
                + " (SELECT count(*) FROM signups WHERE shift_id = s.id AND status = 'WAITLISTED') AS waitlisted"
                + " FROM shifts s WHERE s.id = '" + shift + "'");
        assertThat(counts.get("confirmed")).as("confirmed people").isEqualTo(PLACES);
        assertThat(counts.get("confirmed_count")).as("the shift's count").isEqualTo(PLACES);
        assertThat(counts.get("waitlisted")).isEqualTo(VOLUNTEERS - PLACES);
        HttpResponse<String> view = second.send("GET", "/api/v1/shifts/" + shift, null, null, Map.of());
        assertThat(view.body()).contains("\"confirmedCount\":" + PLACES, "\"waitlistLength\":" + (VOLUNTEERS - PLACES));

        // Both instances look for due reminders every second; each confirmed volunteer gets one.
        String reminders = "SELECT count(*) AS reminders, count(DISTINCT recipient_id) AS people FROM notifications"
                + " WHERE kind = 'SHIFT_REMINDER' AND subject_id = '" + shift + "'";
        waitFor(() -> query(reminders).get("people") == PLACES, Duration.ofSeconds(30), "every reminder");
        Thread.sleep(3000); // time for a second reminder, if one were to come
        assertThat(query(reminders).get("reminders")).as("reminders sent").isEqualTo(PLACES);
    }

    @Test
    void eachWebhookDeliveryIsSentOnceThoughBothInstancesSend() throws Exception {
        String staff = staffOfTheService();
        HttpResponse<String> webhook = first.send(
                "POST",
                "/api/v1/webhooks",
                staff,
                "{\"organisationId\":\"" + organisation + "\",\"url\":\"http://127.0.0.1:"
                        + receiver.getAddress().getPort() + "/hook\",\"events\":[\"idea.submitted\"],"
                        + "\"active\":true}",
                Map.of());
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(201);
        int ideas = 40;
        for (int i = 0; i < ideas; i++) {
            PackagedApp instance = i % 2 == 0 ? first : second;
            HttpResponse<String> idea = instance.send(
                    "POST",
                    "/api/v1/ideas",
                    instance.token("proposer-" + i, Set.of("citizen")),
                    ideaBody("Hooked idea " + i),
                    Map.of());
            assertThat(idea.statusCode()).as(idea.body()).isEqualTo(201);
        }
        String settled =
                "SELECT count(*) AS total, count(*) FILTER (WHERE status = 'SUCCEEDED' AND attempts = 1) AS delivered"
                        + " FROM webhook_deliveries";
        waitFor(
                () -> {
                    Map<String, Long> now = query(settled);
                    return now.get("total") >= ideas && now.get("delivered").equals(now.get("total"));
                },
                Duration.ofSeconds(30),
                "every delivery");
        Thread.sleep(3000); // time for a second attempt, if one were to come
        assertThat(deliveries).hasSize(query(settled).get("total").intValue());
        assertThat(deliveries.values())
                .allSatisfy(times ->
                        assertThat(times.get()).as("attempts of one delivery").isEqualTo(1));
    }

    @Test
    void limitsAndIdempotencyKeysHoldAcrossInstances() throws Exception {
        // At most 10 ideas an hour per person (the production limit), wherever they are sent.
        String token = first.token("prolific", Set.of("citizen"));
        int made = 0;
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            PackagedApp instance = i % 2 == 0 ? first : second;
            int status = instance.send("POST", "/api/v1/ideas", token, ideaBody("Limited idea " + i), Map.of())
                    .statusCode();
            if (status == 201) made++;
            if (status == 429) refused++;
        }
        assertThat(made).isEqualTo(10);
        assertThat(refused).isEqualTo(2);

        // A retry that lands on the other instance replays the first answer.
        String key = UUID.randomUUID().toString();
        String careful = first.token("careful", Set.of("citizen"));
        HttpResponse<String> once =
                first.send("POST", "/api/v1/ideas", careful, ideaBody("Once only"), Map.of("Idempotency-Key", key));
        HttpResponse<String> retried =
                second.send("POST", "/api/v1/ideas", careful, ideaBody("Once only"), Map.of("Idempotency-Key", key));
        assertThat(once.statusCode()).as(once.body()).isEqualTo(201);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(idOf(retried.body())).isEqualTo(idOf(once.body()));
        assertThat(query("SELECT count(*) AS ideas FROM ideas WHERE title = 'Once only'")
                        .get("ideas"))
                .isEqualTo(1);
    }

    @Test
    void anonymousListsMayBeUpToASecondOldWhileSignedInPeopleReadTheirWritesAtOnce() throws Exception {
        String list = "/api/v1/ideas?service=" + service + "&limit=100";
        String title = "Fresh idea " + UUID.randomUUID();
        long read = System.nanoTime();
        assertThat(first.send("GET", list, null, null, Map.of()).body()).doesNotContain(title);
        String author = first.token("fresh-author", Set.of("citizen"));
        assertThat(first.send("POST", "/api/v1/ideas", author, ideaBody(title), Map.of())
                        .statusCode())
                .isEqualTo(201);
        String anonymous = first.send("GET", list, null, null, Map.of()).body();
        if (System.nanoTime() - read < 800_000_000L) {
            assertThat(anonymous).as("an anonymous read within the second").doesNotContain(title);
        }
        assertThat(first.send("GET", list, author, null, Map.of()).body())
                .as("the author's own read")
                .contains(title);
        Thread.sleep(1100);
        assertThat(first.send("GET", list, null, null, Map.of()).body())
                .as("an anonymous read a second later")
                .contains(title);
    }

    @Test
    void aSessionEndedOnOneInstanceIsRefusedByTheOther() throws Exception {
        String token = first.token("leaver", Set.of("citizen"));
        assertThat(second.send("GET", "/api/v1/me", token, null, Map.of()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> erased =
                first.send("DELETE", "/api/v1/me?confirm=erase-my-account", token, null, Map.of());
        assertThat(erased.statusCode()).as(erased.body()).isIn(200, 204);
        assertThat(second.send("GET", "/api/v1/me", token, null, Map.of()).statusCode())
                .as("the same token on the other instance")
                .isEqualTo(401);
    }

    // ------------------------------------------------------------------ set-up

    private static String organisation;

    private static String createService() throws Exception {
        String admin = first.token("adam", Set.of("admin"));
        organisation = idOf(created(first.send(
                "POST",
                "/api/v1/organisations",
                admin,
                "{\"name\":\"Scaled borough\",\"slug\":\"scaled-borough\"}",
                Map.of())));
        created(
                first.send(
                        "POST",
                        "/api/v1/organisations/" + organisation + "/staff",
                        admin,
                        "{\"email\":\"stella@durable.example\",\"displayName\":\"Stella\"}",
                        Map.of()),
                200);
        return idOf(created(first.send(
                "POST",
                "/api/v1/services",
                admin,
                "{\"organisationId\":\"" + organisation + "\",\"name\":\"Scaled parks\",\"summary\":\"Parks\","
                        + "\"category\":\"PARKS_AND_GREEN_SPACES\",\"areaServed\":\"Whole borough\","
                        + "\"contact\":{\"email\":\"parks@durable.example\"}}",
                Map.of())));
    }

    private static String staffOfTheService() {
        return first.token("stella", Set.of("staff"));
    }

    private static String createShiftStartingTomorrow() throws Exception {
        String staff = staffOfTheService();
        String opportunity = idOf(created(first.send(
                "POST",
                "/api/v1/opportunities",
                staff,
                "{\"serviceId\":\"" + service + "\",\"title\":\"Bulb planting\",\"description\":\"Plant bulbs.\","
                        + "\"state\":\"PUBLISHED\"}",
                Map.of())));
        Instant starts = Instant.now().plus(12, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        return idOf(created(first.send(
                "POST",
                "/api/v1/opportunities/" + opportunity + "/shifts",
                staff,
                "{\"startsAt\":\"" + starts + "\",\"endsAt\":\"" + starts.plus(2, ChronoUnit.HOURS) + "\",\"capacity\":"
                        + PLACES + ",\"signupOpensAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS)
                        + "\",\"cancelDeadline\":\"" + starts.minus(1, ChronoUnit.HOURS) + "\"}",
                Map.of())));
    }

    private static String ideaBody(String title) {
        return "{\"serviceId\":\"" + service + "\",\"title\":\"" + title + "\",\"body\":\"From either instance.\"}";
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Long> query(String sql) throws Exception {
        try (Connection connection = database.getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            Map<String, Long> values = new java.util.HashMap<>();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                values.put(rows.getMetaData().getColumnLabel(c), rows.getLong(c));
            }
            return values;
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition, Duration timeout, String what) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
            }
            Thread.sleep(250);
        }
    }

    private static String created(HttpResponse<String> response) {
        return created(response, 201);
    }

    private static String created(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String idOf(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return matcher.group(1);
    }
}
