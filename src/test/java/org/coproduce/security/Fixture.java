package org.coproduce.security;

import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.coproduce.testing.Api;

/**
 * The things one cell of the authorization matrix acts on, made through the API as the people who
 * would make them: a service of Riverside Parks (sam's organisation, and the test integrator's)
 * and, for a citizen who owns them, an idea, a comment, a sign-up, a rating and so on. Each is
 * made on first use, so a cell pays only for what its operation needs, and a fixture is never
 * shared between cells that write.
 */
final class Fixture {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static String parks;
    private static HttpServer receiver;

    /** The citizen who owns what this fixture makes. */
    final String owner;

    /** A citizen with no tie to anything this fixture makes. */
    final String citizen;

    private final Map<String, String> made = new HashMap<>();
    private final int number = COUNT.incrementAndGet();

    Fixture() {
        String unique = number + "x" + UUID.randomUUID().toString().substring(0, 4);
        owner = "owner" + unique;
        citizen = "citizen" + unique;
    }

    private String once(String key, Supplier<String> make) {
        String value = made.get(key);
        if (value == null) {
            value = make.get();
            made.put(key, value);
        }
        return value;
    }

    /** The id in a successful answer; anything else fails the setup loudly. */
    private static String id(Response response, String what) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new IllegalStateException("Could not make " + what + ": " + status + " "
                    + response.body().asString());
        }
        return response.path("id") == null ? "" : response.path("id").toString();
    }

    static synchronized String parks() {
        if (parks == null) {
            parks = Api.anonymous().get("/api/v1/organisations/riverside-parks").path("id");
        }
        return parks;
    }

    String ownerId() {
        return once("ownerId", () -> id(Api.as(owner).get("/api/v1/me"), "the owner"));
    }

    String ownerEmail() {
        ownerId();
        return once("ownerEmail", () -> Api.as(owner).get("/api/v1/me").path("email"));
    }

    String service() {
        return once("service", () -> {
            Response response = Api.as("sam").body(serviceBody()).post("/api/v1/services");
            made.put("serviceSlug", response.path("slug"));
            return id(response, "a service");
        });
    }

    String serviceSlug() {
        service();
        return made.get("serviceSlug");
    }

    /** A Riverside Parks service as its staff would send it, each time with a new name. */
    Map<String, Object> serviceBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", parks());
        body.put(
                "name",
                "Matrix service " + number + " " + UUID.randomUUID().toString().substring(0, 6));
        body.put("summary", "A service the authorization matrix acts on");
        body.put("category", "PARKS_AND_GREEN_SPACES");
        body.put("areaServed", "Whole borough");
        body.put("contact", Map.of("email", "team@riverside.example"));
        return body;
    }

    Map<String, Object> ideaBody() {
        return Map.of("serviceId", service(), "title", "Matrix idea " + number, "body", "Benches by the pond, please.");
    }

    String idea() {
        return once("idea", () -> id(Api.as(owner).body(ideaBody()).post("/api/v1/ideas"), "an idea"));
    }

    String comment() {
        return once(
                "comment",
                () -> id(
                        Api.as(owner)
                                .body(Map.of("body", "And a bin next to them."))
                                .post("/api/v1/ideas/" + idea() + "/comments"),
                        "a comment"));
    }

    /** A citizen the owner invited to co-author their idea (not yet accepted). */
    String coauthorUser() {
        return once("coauthorUser", () -> "co" + owner);
    }

    String coauthorId() {
        return once("coauthorId", () -> {
            String id = id(Api.as(coauthorUser()).get("/api/v1/me"), "the co-author");
            String email = Api.as(coauthorUser()).get("/api/v1/me").path("email");
            id(
                    Api.as(owner).body(Map.of("email", email)).post("/api/v1/ideas/" + idea() + "/coauthors"),
                    "an invitation");
            return id;
        });
    }

    Map<String, Object> challengeBody() {
        return Map.of(
                "serviceId",
                service(),
                "title",
                "Matrix challenge " + number,
                "brief",
                "How can the gardens welcome more people?",
                "state",
                "OPEN",
                "opensOn",
                LocalDate.now().minusDays(1).toString(),
                "closesOn",
                LocalDate.now().plusDays(30).toString());
    }

    String challenge() {
        return once(
                "challenge", () -> id(Api.as("sam").body(challengeBody()).post("/api/v1/challenges"), "a challenge"));
    }

    Map<String, Object> opportunityBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceId", service());
        body.put("title", "Matrix planting day " + number);
        body.put("description", "Help us plant bulbs.");
        body.put("placeName", "Mill Lane community garden");
        body.put("state", "PUBLISHED");
        return body;
    }

    String opportunity() {
        return once(
                "opportunity",
                () -> id(Api.as("sam").body(opportunityBody()).post("/api/v1/opportunities"), "an opportunity"));
    }

    Map<String, Object> shiftBody(int daysAhead) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(daysAhead));
        return Map.of(
                "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString(),
                "capacity", 5,
                "signupOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
    }

    String shift() {
        return once(
                "shift",
                () -> id(
                        Api.as("sam").body(shiftBody(3)).post("/api/v1/opportunities/" + opportunity() + "/shifts"),
                        "a shift"));
    }

    String otherShift() {
        return once(
                "otherShift",
                () -> id(
                        Api.as("sam").body(shiftBody(5)).post("/api/v1/opportunities/" + opportunity() + "/shifts"),
                        "another shift"));
    }

    /** A shift that began an hour ago and is still on: attendance and check-in are open. */
    String startedShift() {
        return once("startedShift", () -> {
            Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));
            Map<String, Object> body = Map.of(
                    "startsAt", start.toString(),
                    "endsAt", start.plus(Duration.ofHours(3)).toString(),
                    "capacity", 5,
                    "signupOpensAt", start.minus(Duration.ofDays(2)).toString(),
                    "signupClosesAt", start.plus(Duration.ofHours(3)).toString(),
                    "cancelDeadline", start.minus(Duration.ofDays(1)).toString());
            return id(
                    Api.as("sam").body(body).post("/api/v1/opportunities/" + opportunity() + "/shifts"),
                    "a shift under way");
        });
    }

    /** The owner's place on the shift under way. */
    String startedSignup() {
        return once(
                "startedSignup",
                () -> id(
                        Api.as(owner).body("{}").post("/api/v1/shifts/" + startedShift() + "/signups"),
                        "a place on the shift under way"));
    }

    String checkInCode() {
        return once(
                "checkInCode",
                () -> Api.as("sam").get("/api/v1/shifts/" + startedShift()).path("checkInCode"));
    }

    /** A report made through Open311 by the test integrator, which acts for Riverside Parks. */
    String open311Request() {
        return once("open311Request", () -> {
            Response response = Api.asIntegrator("coproduce:read coproduce:write")
                    .contentType(io.restassured.http.ContentType.URLENC)
                    .formParam("service_code", serviceSlug())
                    .formParam("description", "The gate by the pond is broken.")
                    .formParam("lat", "51.4545")
                    .formParam("long", "-2.5879")
                    .post("/api/open311/v2/requests.json");
            if (response.statusCode() > 299) {
                throw new IllegalStateException("Could not make an Open311 request: " + response.asString());
            }
            return response.path("[0].service_request_id");
        });
    }

    String signup() {
        return once(
                "signup",
                () -> id(Api.as(owner).body("{}").post("/api/v1/shifts/" + shift() + "/signups"), "a sign-up"));
    }

    String kind() {
        return once(
                "kind",
                () -> id(
                        Api.as("sam")
                                .body(Map.of("serviceId", service(), "name", "Weeding"))
                                .post("/api/v1/contributions/kinds"),
                        "a contribution kind"));
    }

    Map<String, Object> contributionBody() {
        return Map.of(
                "serviceId",
                service(),
                "kindId",
                kind(),
                "date",
                LocalDate.now().minusDays(1).toString(),
                "hours",
                2);
    }

    String contribution() {
        return once(
                "contribution",
                () -> id(Api.as(owner).body(contributionBody()).post("/api/v1/contributions"), "a contribution"));
    }

    Map<String, Object> ratingBody() {
        return Map.of("overall", 2, "review", "The gate is broken.");
    }

    String rating() {
        return once(
                "rating",
                () -> id(
                        Api.as(owner).body(ratingBody()).post("/api/v1/services/" + service() + "/ratings"),
                        "a rating"));
    }

    Map<String, Object> replyBody() {
        return Map.of(
                "body",
                "Sorry: we will fix it.",
                "change",
                Map.of(
                        "what",
                        "A new gate",
                        "expectedBy",
                        LocalDate.now().plusDays(30).toString()));
    }

    /** The promised change in staff's reply to the owner's rating. */
    String change() {
        return once("change", () -> {
            Response reply = Api.as("sam").body(replyBody()).post("/api/v1/ratings/" + rating() + "/reply");
            id(reply, "a reply");
            return reply.path("change.id");
        });
    }

    /** A promised change staff marked done, which the reviewer may now confirm. */
    String doneChange() {
        return once("doneChange", () -> {
            id(Api.as("sam").post("/api/v1/changes/" + change() + "/done"), "a done change");
            return change();
        });
    }

    Map<String, Object> indicatorBody() {
        return Map.of("serviceId", service(), "name", "Visits " + number, "unit", "visits", "better", "UP");
    }

    String indicator() {
        return once(
                "indicator", () -> id(Api.as("sam").body(indicatorBody()).post("/api/v1/indicators"), "an indicator"));
    }

    Map<String, Object> observationsBody() {
        return Map.of(
                "observations",
                List.of(Map.of("observedOn", LocalDate.now().minusDays(3).toString(), "value", 42, "unit", "visits")));
    }

    Map<String, Object> initiativeBody() {
        return Map.of(
                "serviceId", service(),
                "name", "Matrix initiative " + number,
                "startsOn", LocalDate.now().minusMonths(2).toString(),
                "cos", List.of("CO_DELIVERY"));
    }

    String initiative() {
        return once(
                "initiative",
                () -> id(Api.as("sam").body(initiativeBody()).post("/api/v1/initiatives"), "an initiative"));
    }

    /** Where the fixtures' webhooks deliver: a receiver that takes everything, so deliveries settle. */
    private static synchronized int receiverPort() {
        if (receiver == null) {
            try {
                receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            receiver.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
        }
        return receiver.getAddress().getPort();
    }

    Map<String, Object> webhookBody() {
        return Map.of(
                "organisationId",
                parks(),
                "url",
                "http://127.0.0.1:" + receiverPort() + "/matrix-hook-" + number,
                // A rare event: every fixture's webhook hearing every new idea would swamp the sender.
                "events",
                List.of("shift.full"),
                "active",
                true);
    }

    String webhook() {
        return once("webhook", () -> id(Api.as("sam").body(webhookBody()).post("/api/v1/webhooks"), "a webhook"));
    }

    /** A webhook that hears new ideas, for the operations on its deliveries. */
    String ideaWebhook() {
        return once("ideaWebhook", () -> {
            Map<String, Object> body = new HashMap<>(webhookBody());
            body.put("events", List.of("idea.submitted"));
            return id(Api.as("sam").body(body).post("/api/v1/webhooks"), "a webhook for ideas");
        });
    }

    /**
     * A delivery of the webhook, once delivered: the owner's idea on a parks service is an event it
     * hears. Waiting until it has settled keeps the background sender from changing it mid-cell.
     */
    String delivery() {
        return once("delivery", () -> {
            ideaWebhook();
            idea();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(deadline)) {
                Response deliveries = Api.as("sam").get("/api/v1/webhooks/" + ideaWebhook() + "/deliveries");
                List<String> statuses = deliveries.path("items.status");
                if (statuses != null && !statuses.isEmpty() && !statuses.contains("PENDING")) {
                    return deliveries.path("items[0].id");
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("The webhook's delivery of the new idea did not settle in 20 s");
        });
    }

    /** A notification of the owner's: staff moved their idea on. */
    String notification() {
        return once("notification", () -> {
            id(
                    Api.as("sam")
                            .body(Map.of("status", "UNDER_REVIEW", "answer", "We are looking at it."))
                            .post("/api/v1/ideas/" + idea() + "/status"),
                    "a status change");
            List<String> ids = Api.as(owner).get("/api/v1/me/notifications").path("items.id");
            return ids.get(0);
        });
    }

    String integratorClient() {
        return once("integratorClient", () -> "matrix-client-" + number);
    }

    /** A client already tied to Riverside Parks, for the operations that change or remove one. */
    String existingIntegratorClient() {
        return once("existingIntegratorClient", () -> {
            Api.as("alice")
                    .body(integratorClientBody())
                    .put("/api/v1/integrator-clients/" + integratorClient())
                    .then()
                    .statusCode(200);
            return integratorClient();
        });
    }

    Map<String, Object> integratorClientBody() {
        return Map.of("organisationId", parks(), "name", "Matrix CRM " + number);
    }

    Map<String, Object> staffBody() {
        return Map.of("email", "staff" + owner + "@riverside.example", "displayName", "New Staff " + number);
    }

    /** A member of Riverside Parks' staff added for this fixture, so removing them harms nobody. */
    String staffMember() {
        return once("staffMember", () -> {
            Response added = Api.as("alice").body(staffBody()).post("/api/v1/organisations/" + parks() + "/staff");
            if (added.statusCode() > 299) {
                throw new IllegalStateException(
                        "Could not add staff: " + added.body().asString());
            }
            return added.path("personId") != null ? added.path("personId") : added.path("id");
        });
    }

    /** Riverside Parks as it is now, to send back unchanged. */
    Map<String, Object> organisationBody() {
        Response current = Api.anonymous().get("/api/v1/organisations/" + parks());
        Map<String, Object> body = new HashMap<>();
        body.put("name", current.path("name"));
        body.put("slug", current.path("slug"));
        body.put("description", current.path("description"));
        body.put("website", current.path("website"));
        return body;
    }

    String calendarToken() {
        return once("calendarToken", () -> {
            String url = Api.as(owner).get("/api/v1/me/calendar").path("url");
            return url.substring(url.indexOf("token=") + "token=".length());
        });
    }
}
