package org.coproduce.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.coproduce.shared.events.EventType;
import org.coproduce.shared.events.IntegrationEvents;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end against a real HTTP receiver on this machine: signed deliveries of real
 * changes, retries with backoff, disabling, redelivery, the outbox's transaction, two senders at once.
 */
@QuarkusTest
class WebhookDeliveryTest {
    private static final String WEBHOOKS = "coproduce:webhooks";
    private static Receiver receiver;

    @Inject
    IntegrationEvents events;

    @Inject
    WebhookSender sender;

    private String parks;
    private final List<String> subscribed = new ArrayList<>();

    @BeforeAll
    static void startReceiver() {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void tieTheTestClientToParks() {
        parks = Api.anonymous()
                .get("/api/v1/organisations/riverside-parks")
                .then()
                .extract()
                .path("id");
        Api.as("alice")
                .body(Map.of("organisationId", parks, "name", "Test CRM"))
                .put("/api/v1/integrator-clients/coproduce-test")
                .then()
                .statusCode(200)
                .body("organisationName", containsString("Parks"));
    }

    @org.junit.jupiter.api.AfterEach
    void unsubscribe() {
        subscribed.forEach(id -> Api.asIntegrator(WEBHOOKS).delete("/api/v1/webhooks/" + id));
        subscribed.clear();
    }

    private JsonPath subscribe(String path, String... eventNames) {
        JsonPath created = Api.asIntegrator(WEBHOOKS)
                .body(Map.of("url", receiver.url(path), "events", List.of(eventNames)))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .body("organisationId", is(parks))
                .body("active", is(true))
                .extract()
                .jsonPath();
        subscribed.add(created.getString("id"));
        return created;
    }

    private static String newParksService(String organisationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("name", "Hooked service " + UUID.randomUUID().toString().substring(0, 8));
        body.put("summary", "A service whose ratings go to a CRM");
        body.put("category", "PARKS_AND_GREEN_SPACES");
        body.put("areaServed", "Whole borough");
        body.put("contact", Map.of("email", "team@riverside.example"));
        return Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void rate(String service, String citizen) {
        Api.as(citizen)
                .body(Map.of("overall", 4, "review", "Friendly staff."))
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(201);
    }

    private static List<Receiver.Received> about(String path, String marker) {
        return receiver.at(path).stream().filter(r -> r.body().contains(marker)).toList();
    }

    private static JsonPath deliveries(String webhook) {
        return Api.asIntegrator(WEBHOOKS)
                .get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aRatingReachesTheOrganisationsWebhookSignedAndCanBeRedelivered() {
        String path = "/crm-" + UUID.randomUUID();
        JsonPath webhook = subscribe(path, "rating.created");
        String id = webhook.getString("id");
        String secret = webhook.getString("secret");
        Api.asIntegrator(WEBHOOKS)
                .get("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .body("events", org.hamcrest.Matchers.contains("rating.created"));

        String service = newParksService(parks);
        String citizen = "hooked-" + UUID.randomUUID().toString().substring(0, 8);
        rate(service, citizen);

        Receiver.await(
                "the rating reaches the receiver", () -> !about(path, service).isEmpty());
        Receiver.Received got = about(path, service).get(0);
        assertThat(got.signature())
                .isEqualTo(WebhookSignatures.sign(secret, got.id(), Long.parseLong(got.timestamp()), got.body()));
        JsonPath body = new JsonPath(got.body());
        assertThat(body.getString("type")).isEqualTo("rating.created");
        assertThat(body.getInt("data.overall")).isEqualTo(4);
        assertThat(body.getString("data.serviceId")).isEqualTo(service);
        assertThat(got.body()).doesNotContain(citizen).doesNotContain("Friendly staff");

        Receiver.await(
                "the delivery is recorded",
                () -> "SUCCEEDED".equals(deliveries(id).getString("items[0].status")));
        JsonPath history = deliveries(id);
        assertThat(history.getString("items[0].id")).isEqualTo(got.id());
        assertThat(history.getInt("items[0].attempts")).isEqualTo(1);
        assertThat(history.getInt("items[0].history[0].statusCode")).isEqualTo(204);

        // Redelivered with the same webhook-id and a fresh signature.
        Api.asIntegrator(WEBHOOKS)
                .post("/api/v1/webhooks/" + id + "/deliveries/" + got.id() + "/redeliver")
                .then()
                .statusCode(202);
        Receiver.await("the redelivery arrives", () -> about(path, service).size() == 2);
        Receiver.Received again = about(path, service).get(1);
        assertThat(again.id()).isEqualTo(got.id());
        assertThat(again.signature())
                .isEqualTo(WebhookSignatures.sign(secret, again.id(), Long.parseLong(again.timestamp()), again.body()));
        Api.asIntegrator(WEBHOOKS)
                .post("/api/v1/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                .then()
                .statusCode(404);
    }

    @Test
    void aReceiverThatFailsTwiceGetsExactlyOneSuccessfulDeliveryAfterBackoff() {
        String path = "/flaky-" + UUID.randomUUID();
        receiver.answer(path, 500, 502);
        String id = subscribe(path, "rating.created").getString("id");
        String service = newParksService(parks);
        rate(service, "flaky-" + UUID.randomUUID().toString().substring(0, 8));

        Receiver.await(
                "the third attempt succeeds",
                () -> "SUCCEEDED".equals(deliveries(id).getString("items[0].status")));
        List<Receiver.Received> got = about(path, service);
        assertThat(got).extracting(Receiver.Received::answeredWith).containsExactly(500, 502, 204);
        assertThat(new HashSet<>(got.stream().map(Receiver.Received::id).toList()))
                .hasSize(1);
        JsonPath history = deliveries(id);
        assertThat(history.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(history.getList("items[0].history.statusCode", Integer.class))
                .containsExactly(500, 502, 204);
        Api.asIntegrator(WEBHOOKS).get("/api/v1/webhooks/" + id).then().body("consecutiveFailures", is(0));
    }

    @Test
    void aReceiverThatIsDownForGoodGetsItsWebhookTurnedOffWithTheReason() {
        String path = "/gone-" + UUID.randomUUID() + "/down";
        String id = subscribe(path, "rating.created").getString("id");
        String service = newParksService(parks);
        rate(service, "gone-" + UUID.randomUUID().toString().substring(0, 8));

        Receiver.await(
                "the webhook is turned off",
                () -> !Api.asIntegrator(WEBHOOKS)
                        .get("/api/v1/webhooks/" + id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getBoolean("active"));
        Api.asIntegrator(WEBHOOKS)
                .get("/api/v1/webhooks/" + id)
                .then()
                .body("disabledReason", containsString("4 failed attempts in a row"))
                .body("disabledReason", containsString("HTTP 503"));
        int attempts = about(path, service).size();
        assertThat(attempts).isEqualTo(4);
        // Off means off: new events make no deliveries, and redelivery asks to turn it on first.
        rate(service, "gone2-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(deliveries(id).getList("items")).hasSize(1);
        String delivery = deliveries(id).getString("items[0].id");
        Api.asIntegrator(WEBHOOKS)
                .post("/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(409);
    }

    @Test
    void aChangeThatRollsBackSendsNothing() {
        String path = "/outbox-" + UUID.randomUUID();
        subscribe(path, "idea.submitted");
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();
        // A change that fails after announcing itself rolls back, outbox row and all.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> {
                            events.publish(
                                    EventType.IDEA_SUBMITTED, UUID.fromString(parks), Map.of("marker", rolledBack));
                            throw new IllegalStateException("the change failed");
                        }))
                .hasMessageContaining("the change failed");
        QuarkusTransaction.requiringNew()
                .run(() ->
                        events.publish(EventType.IDEA_SUBMITTED, UUID.fromString(parks), Map.of("marker", committed)));

        Receiver.await(
                "the committed event arrives", () -> !about(path, committed).isEmpty());
        sender.sendDue();
        assertThat(about(path, rolledBack)).isEmpty();
    }

    @Test
    void twoSendersAtOnceDeliverEachAttemptOnce() {
        String path = "/burst-" + UUID.randomUUID();
        String id = subscribe(path, "shift.full").getString("id");
        String marker = "burst-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 120; i++) {
                events.publish(EventType.SHIFT_FULL, UUID.fromString(parks), Map.of("marker", marker, "n", i));
            }
        });
        // Two senders in parallel, besides the scheduled one.
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(sender::sendDue);
        first.join();
        second.join();
        Receiver.await("all 120 arrive", () -> about(path, marker).size() >= 120);
        sender.sendDue();
        List<Receiver.Received> got = about(path, marker);
        assertThat(got).hasSize(120);
        assertThat(new HashSet<>(got.stream().map(Receiver.Received::id).toList()))
                .hasSize(120);
        JsonPath page = Api.asIntegrator(WEBHOOKS)
                .get("/api/v1/webhooks/" + id + "/deliveries?limit=100")
                .then()
                .extract()
                .jsonPath();
        assertThat(page.getList("items.attempts", Integer.class)).containsOnly(1);
    }

    @Test
    void onlyTheOrganisationsClientStaffAndAdminsManageItsWebhooks() {
        String path = "/access-" + UUID.randomUUID();
        String id = subscribe(path, "idea.answered").getString("id");
        Api.asIntegrator("coproduce:read").get("/api/v1/webhooks").then().statusCode(403);
        Api.as("access-citizen").get("/api/v1/webhooks").then().statusCode(403);
        Api.anonymous().get("/api/v1/webhooks").then().statusCode(401);
        Api.as("olga").get("/api/v1/webhooks/" + id).then().statusCode(404);
        Api.as("olga")
                .body(Map.of("organisationId", parks, "url", receiver.url(path), "events", List.of("idea.answered")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(404);
        Api.as("sam").get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue());
        Api.as("alice").get("/api/v1/webhooks").then().statusCode(200);
        // Bad input changes nothing.
        Api.asIntegrator(WEBHOOKS)
                .body(Map.of("url", "ftp://crm.example.org/hook", "events", List.of("idea.answered")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("url"));
        Api.asIntegrator(WEBHOOKS)
                .body(Map.of("url", receiver.url(path), "events", List.of("idea.exploded")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("events"));
        // Untied, the client can no longer manage any webhook.
        Api.as("alice")
                .delete("/api/v1/integrator-clients/coproduce-test")
                .then()
                .statusCode(204);
        Api.asIntegrator(WEBHOOKS)
                .get("/api/v1/webhooks")
                .then()
                .statusCode(403)
                .body("detail", containsString("not tied to an organisation"));
        tieTheTestClientToParks();
        Api.as("sam").get("/api/v1/integrator-clients").then().statusCode(403);
    }
}
