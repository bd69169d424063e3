package org.coproduce.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.client.OidcTestClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every cell of {@code authorization-matrix.csv} (every operation of the served OpenAPI
 * contract, for each kind of caller) against the real application, and fails on any answer that
 * differs from the table, on any operation the table lacks, and on any refused write that changed
 * what the object's owner or staff can read (object-level access: another person's or another
 * organisation's id must change nothing).
 */
@QuarkusTest
class AuthorizationMatrixTest {
    static final Path TABLE = Path.of("src/test/resources/security/authorization-matrix.csv");
    static final Path ACTUAL = Path.of("target/authorization-matrix-actual.csv");

    /** The kinds of caller, in the table's column order. */
    enum Caller {
        ANONYMOUS("anonymous"),
        CITIZEN("citizen"),
        OWNER("owner"),
        OTHER_STAFF("other-staff"),
        STAFF("staff"),
        ADMIN("admin"),
        INTEGRATOR("integrator"),
        INTEGRATOR_WITH_SCOPE("integrator+scope");

        final String column;

        Caller(String column) {
            this.column = column;
        }

        RequestSpecification request(Call call) {
            if (call.erasesCaller()) {
                return erasable(call);
            }
            return switch (this) {
                case ANONYMOUS -> Api.anonymous();
                // A citizen with no tie to anything the fixtures make.
                case CITIZEN -> Api.as(call.citizen());
                case OWNER -> Api.as(call.owner());
                case OTHER_STAFF -> Api.as("olga");
                case STAFF -> Api.as("sam");
                case ADMIN -> Api.as("alice");
                case INTEGRATOR -> Api.asIntegrator("profile");
                case INTEGRATOR_WITH_SCOPE -> Api.asIntegrator("coproduce:read coproduce:write coproduce:webhooks");
            };
        }

        /**
         * Erasing one's own account is run as people kept for it (stella is staff, adam an admin, in
         * the test profile), each with a token fetched now: erasing sam or alice would end the suite.
         */
        private RequestSpecification erasable(Call call) {
            String user = switch (this) {
                case ANONYMOUS -> null;
                case CITIZEN -> call.citizen();
                case OWNER -> call.owner();
                case OTHER_STAFF, STAFF -> "stella";
                case ADMIN -> "adam";
                case INTEGRATOR, INTEGRATOR_WITH_SCOPE -> "";
            };
            if (user == null) {
                return Api.anonymous();
            }
            if (user.isEmpty()) {
                return request(new Call(call.path(), call.body(), call.owner(), call.citizen(), call.form(), false));
            }
            return RestAssured.given()
                    .auth()
                    .oauth2(new OidcTestClient().getAccessToken(user, user))
                    .contentType(ContentType.JSON);
        }
    }

    /**
     * One request: the path with its query, the body (or null), who owns the object, the citizen
     * who does not, and whether it erases the caller's own account.
     */
    record Call(String path, Object body, String owner, String citizen, boolean form, boolean erasesCaller) {
        static Call of(Fixture fx, String path) {
            return new Call(path, null, fx.owner, fx.citizen, false, false);
        }

        static Call of(Fixture fx, String path, Object body) {
            return new Call(path, body, fx.owner, fx.citizen, false, false);
        }

        Call ownedBy(String user) {
            return new Call(path, body, user, citizen, form, erasesCaller);
        }

        Call asForm() {
            return new Call(path, body, owner, citizen, true, erasesCaller);
        }

        Call erasingTheCaller() {
            return new Call(path, body, owner, citizen, form, true);
        }
    }

    static final Map<String, Function<Fixture, Call>> RECIPES = new LinkedHashMap<>();

    private static void on(String operation, Function<Fixture, Call> recipe) {
        RECIPES.put(operation, recipe);
    }

    static {
        // --- catalogue
        on("GET /api/v1/organisations", fx -> Call.of(fx, "/api/v1/organisations"));
        on(
                "POST /api/v1/organisations",
                fx -> Call.of(
                        fx,
                        "/api/v1/organisations",
                        Map.of("name", "Matrix organisation " + fx.owner, "slug", "matrix-" + fx.owner.toLowerCase())));
        on("GET /api/v1/organisations/{idOrSlug}", fx -> Call.of(fx, "/api/v1/organisations/" + Fixture.parks()));
        on(
                "PUT /api/v1/organisations/{id}",
                fx -> Call.of(fx, "/api/v1/organisations/" + Fixture.parks(), fx.organisationBody()));
        on(
                "GET /api/v1/organisations/{id}/staff",
                fx -> Call.of(fx, "/api/v1/organisations/" + Fixture.parks() + "/staff"));
        on(
                "POST /api/v1/organisations/{id}/staff",
                fx -> Call.of(fx, "/api/v1/organisations/" + Fixture.parks() + "/staff", fx.staffBody()));
        on(
                "DELETE /api/v1/organisations/{id}/staff/{personId}",
                fx -> Call.of(fx, "/api/v1/organisations/" + Fixture.parks() + "/staff/" + fx.staffMember()));
        on("GET /api/v1/services", fx -> Call.of(fx, "/api/v1/services"));
        on("POST /api/v1/services", fx -> Call.of(fx, "/api/v1/services", fx.serviceBody()));
        on("GET /api/v1/services/{idOrSlug}", fx -> Call.of(fx, "/api/v1/services/" + fx.service()));
        on("PUT /api/v1/services/{id}", fx -> Call.of(fx, "/api/v1/services/" + fx.service(), fx.serviceBody()));
        on("DELETE /api/v1/services/{id}", fx -> Call.of(fx, "/api/v1/services/" + fx.service()));
        on("GET /api/v1", fx -> Call.of(fx, "/api/v1"));
        on("GET /api/v1/service-areas", fx -> Call.of(fx, "/api/v1/service-areas"));

        // --- accounts
        on("GET /api/v1/me", fx -> Call.of(fx, "/api/v1/me"));
        on(
                "DELETE /api/v1/me",
                fx -> Call.of(fx, "/api/v1/me?confirm=erase-my-account").erasingTheCaller());
        on("GET /api/v1/me/account", fx -> Call.of(fx, "/api/v1/me/account"));
        on("PUT /api/v1/me/account", fx -> Call.of(fx, "/api/v1/me/account", new java.util.HashMap<>()));
        on("GET /api/v1/me/export", fx -> Call.of(fx, "/api/v1/me/export"));
        on("GET /api/v1/me/profile", fx -> Call.of(fx, "/api/v1/me/profile"));
        on("PUT /api/v1/me/profile", fx -> Call.of(fx, "/api/v1/me/profile", Map.of("answers", Map.of())));
        on("DELETE /api/v1/me/profile/declarations", fx -> Call.of(fx, "/api/v1/me/profile/declarations"));
        on("GET /api/v1/me/notification-settings", fx -> Call.of(fx, "/api/v1/me/notification-settings"));
        on(
                "PUT /api/v1/me/notification-settings",
                fx -> Call.of(fx, "/api/v1/me/notification-settings", Map.of("emailFrequency", "DAILY_DIGEST")));
        on("GET /api/v1/me/notifications", fx -> Call.of(fx, "/api/v1/me/notifications"));
        on("POST /api/v1/me/notifications/read-all", fx -> Call.of(fx, "/api/v1/me/notifications/read-all"));
        on(
                "POST /api/v1/me/notifications/{id}/read",
                fx -> Call.of(fx, "/api/v1/me/notifications/" + fx.notification() + "/read"));
        on("GET /api/v1/audit", fx -> Call.of(fx, "/api/v1/audit"));

        // --- ideas
        on("GET /api/v1/ideas", fx -> Call.of(fx, "/api/v1/ideas"));
        on("POST /api/v1/ideas", fx -> Call.of(fx, "/api/v1/ideas", fx.ideaBody()));
        on("GET /api/v1/ideas/review-queue", fx -> Call.of(fx, "/api/v1/ideas/review-queue"));
        on("GET /api/v1/ideas/{id}", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea()));
        on("PUT /api/v1/ideas/{id}", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea(), fx.ideaBody()));
        on("GET /api/v1/ideas/{id}/status", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/status"));
        on(
                "POST /api/v1/ideas/{id}/status",
                fx -> Call.of(
                        fx,
                        "/api/v1/ideas/" + fx.idea() + "/status",
                        Map.of("status", "UNDER_REVIEW", "answer", "Looking")));
        on("GET /api/v1/ideas/{id}/supports", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/supports"));
        on("POST /api/v1/ideas/{id}/supports", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/supports"));
        on("DELETE /api/v1/ideas/{id}/supports", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/supports"));
        on("GET /api/v1/ideas/{id}/comments", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/comments"));
        on(
                "POST /api/v1/ideas/{id}/comments",
                fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/comments", Map.of("body", "Agreed.")));
        on(
                "PUT /api/v1/ideas/{id}/comments/{commentId}",
                fx -> Call.of(
                        fx, "/api/v1/ideas/" + fx.idea() + "/comments/" + fx.comment(), Map.of("body", "Changed.")));
        on(
                "DELETE /api/v1/ideas/{id}/comments/{commentId}",
                fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/comments/" + fx.comment()));
        on("GET /api/v1/ideas/{id}/coauthors", fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/coauthors"));
        on(
                "POST /api/v1/ideas/{id}/coauthors",
                fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/coauthors", Map.of("email", "sam@example.com")));
        on(
                "DELETE /api/v1/ideas/{id}/coauthors/{personId}",
                fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/coauthors/" + fx.coauthorId()));
        // Accepting is the invitee's to do: they are the owner here.
        on(
                "POST /api/v1/ideas/{id}/coauthors/{personId}/accept",
                fx -> Call.of(fx, "/api/v1/ideas/" + fx.idea() + "/coauthors/" + fx.coauthorId() + "/accept")
                        .ownedBy(fx.coauthorUser()));
        on("GET /api/v1/me/ideas", fx -> Call.of(fx, "/api/v1/me/ideas"));
        on("GET /api/v1/challenges", fx -> Call.of(fx, "/api/v1/challenges"));
        on("POST /api/v1/challenges", fx -> Call.of(fx, "/api/v1/challenges", fx.challengeBody()));
        on("GET /api/v1/challenges/{id}", fx -> Call.of(fx, "/api/v1/challenges/" + fx.challenge()));
        on(
                "PUT /api/v1/challenges/{id}",
                fx -> Call.of(fx, "/api/v1/challenges/" + fx.challenge(), fx.challengeBody()));
        on(
                "POST /api/v1/reports",
                fx -> Call.of(
                        fx,
                        "/api/v1/reports",
                        Map.of("targetType", "idea", "targetId", fx.idea(), "reason", "Off topic")));
        on("GET /api/v1/moderation/queue", fx -> Call.of(fx, "/api/v1/moderation/queue"));
        on(
                "POST /api/v1/moderation/{type}/{id}/hide",
                fx -> Call.of(
                        fx, "/api/v1/moderation/idea/" + fx.idea() + "/hide", Map.of("reason", "Names a neighbour")));
        on(
                "POST /api/v1/moderation/{type}/{id}/restore",
                fx -> Call.of(
                        fx, "/api/v1/moderation/idea/" + fx.idea() + "/restore", Map.of("reason", "Nothing wrong")));

        // --- volunteering
        on("GET /api/v1/opportunities", fx -> Call.of(fx, "/api/v1/opportunities"));
        on("POST /api/v1/opportunities", fx -> Call.of(fx, "/api/v1/opportunities", fx.opportunityBody()));
        on("GET /api/v1/opportunities/{id}", fx -> Call.of(fx, "/api/v1/opportunities/" + fx.opportunity()));
        on(
                "PUT /api/v1/opportunities/{id}",
                fx -> Call.of(fx, "/api/v1/opportunities/" + fx.opportunity(), fx.opportunityBody()));
        on(
                "GET /api/v1/opportunities/{id}/shifts",
                fx -> Call.of(fx, "/api/v1/opportunities/" + fx.opportunity() + "/shifts"));
        on(
                "POST /api/v1/opportunities/{id}/shifts",
                fx -> Call.of(fx, "/api/v1/opportunities/" + fx.opportunity() + "/shifts", fx.shiftBody(4)));
        on("GET /api/v1/shifts/{id}", fx -> Call.of(fx, "/api/v1/shifts/" + fx.shift()));
        on("PUT /api/v1/shifts/{id}", fx -> Call.of(fx, "/api/v1/shifts/" + fx.shift(), fx.shiftBody(3)));
        on(
                "POST /api/v1/shifts/{id}/signups",
                fx -> Call.of(fx, "/api/v1/shifts/" + fx.shift() + "/signups", Map.of()));
        on("GET /api/v1/shifts/{id}/signups", fx -> {
            fx.signup();
            return Call.of(fx, "/api/v1/shifts/" + fx.shift() + "/signups");
        });
        on("GET /api/v1/shifts/{id}/signups.csv", fx -> {
            fx.signup();
            return Call.of(fx, "/api/v1/shifts/" + fx.shift() + "/signups.csv");
        });
        on(
                "POST /api/v1/shifts/{id}/assignments",
                fx -> Call.of(fx, "/api/v1/shifts/" + fx.shift() + "/assignments", Map.of("personId", fx.ownerId())));
        on("POST /api/v1/shifts/{id}/check-in", fx -> {
            fx.startedSignup();
            return Call.of(fx, "/api/v1/shifts/" + fx.startedShift() + "/check-in", Map.of("code", fx.checkInCode()));
        });
        on(
                "POST /api/v1/shifts/{id}/approve-hours",
                fx -> Call.of(fx, "/api/v1/shifts/" + fx.shift() + "/approve-hours"));
        on(
                "PUT /api/v1/shifts/{id}/checks/{personId}/{check}",
                fx -> Call.of(fx, "/api/v1/shifts/" + fx.shift() + "/checks/" + fx.ownerId() + "/First%20aid"));
        on("DELETE /api/v1/signups/{id}", fx -> Call.of(fx, "/api/v1/signups/" + fx.signup()));
        on(
                "PUT /api/v1/signups/{id}/attendance",
                fx -> Call.of(
                        fx, "/api/v1/signups/" + fx.startedSignup() + "/attendance", Map.of("attendance", "NO_SHOW")));
        on(
                "POST /api/v1/signups/{id}/move",
                fx -> Call.of(fx, "/api/v1/signups/" + fx.signup() + "/move", Map.of("shiftId", fx.otherShift())));
        on("GET /api/v1/me/signups", fx -> Call.of(fx, "/api/v1/me/signups"));
        on("GET /api/v1/me/hours", fx -> Call.of(fx, "/api/v1/me/hours"));
        on("GET /api/v1/me/calendar", fx -> Call.of(fx, "/api/v1/me/calendar"));
        on("POST /api/v1/me/calendar/reset", fx -> Call.of(fx, "/api/v1/me/calendar/reset"));
        // The feed is read by calendar apps with no sign-in: the private token is the key.
        on("GET /api/v1/me/calendar.ics", fx -> Call.of(fx, "/api/v1/me/calendar.ics?token=" + fx.calendarToken()));
        on("GET /api/v1/contributions", fx -> Call.of(fx, "/api/v1/contributions"));
        on("POST /api/v1/contributions", fx -> Call.of(fx, "/api/v1/contributions", fx.contributionBody()));
        on("DELETE /api/v1/contributions/{id}", fx -> Call.of(fx, "/api/v1/contributions/" + fx.contribution()));
        on("GET /api/v1/contributions/kinds", fx -> Call.of(fx, "/api/v1/contributions/kinds?service=" + fx.service()));
        on(
                "POST /api/v1/contributions/kinds",
                fx -> Call.of(
                        fx, "/api/v1/contributions/kinds", Map.of("serviceId", fx.service(), "name", "Mulching")));
        on("GET /api/v1/volunteering/settings", fx -> Call.of(fx, "/api/v1/volunteering/settings"));

        // --- ratings
        on("GET /api/v1/services/{id}/ratings", fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/ratings"));
        on(
                "POST /api/v1/services/{id}/ratings",
                fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/ratings", fx.ratingBody()));
        on("GET /api/v1/services/{id}/ratings/mine", fx -> {
            fx.rating();
            return Call.of(fx, "/api/v1/services/" + fx.service() + "/ratings/mine");
        });
        on(
                "GET /api/v1/services/{id}/ratings/summary",
                fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/ratings/summary"));
        on("GET /api/v1/ratings/{id}", fx -> Call.of(fx, "/api/v1/ratings/" + fx.rating()));
        on(
                "PUT /api/v1/ratings/{id}",
                fx -> Call.of(fx, "/api/v1/ratings/" + fx.rating(), Map.of("overall", 4, "review", "Fixed now.")));
        on(
                "POST /api/v1/ratings/{id}/reply",
                fx -> Call.of(fx, "/api/v1/ratings/" + fx.rating() + "/reply", fx.replyBody()));
        on("PUT /api/v1/ratings/{id}/reply", fx -> {
            fx.change();
            return Call.of(fx, "/api/v1/ratings/" + fx.rating() + "/reply", fx.replyBody());
        });
        on("GET /api/v1/ratings/awaiting-reply", fx -> Call.of(fx, "/api/v1/ratings/awaiting-reply"));
        on("GET /api/v1/changes", fx -> Call.of(fx, "/api/v1/changes"));
        on("GET /api/v1/changes/{id}", fx -> Call.of(fx, "/api/v1/changes/" + fx.change()));
        on("POST /api/v1/changes/{id}/done", fx -> Call.of(fx, "/api/v1/changes/" + fx.change() + "/done"));
        on(
                "PUT /api/v1/changes/{id}/confirmation",
                fx -> Call.of(fx, "/api/v1/changes/" + fx.doneChange() + "/confirmation", Map.of("answer", "YES")));

        // --- outcomes
        on("GET /api/v1/services/{id}/record", fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/record"));
        on(
                "GET /api/v1/services/{id}/time-value",
                fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/time-value"));
        on(
                "PUT /api/v1/services/{id}/time-value",
                fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/time-value", Map.of("hourlyValue", 15)));
        on(
                "PUT /api/v1/services/{id}/time-value/staff-hours/{month}",
                fx -> Call.of(
                        fx,
                        "/api/v1/services/" + fx.service() + "/time-value/staff-hours/2026-10",
                        Map.of("hours", 12)));
        on(
                "DELETE /api/v1/services/{id}/time-value/staff-hours/{month}",
                fx -> Call.of(fx, "/api/v1/services/" + fx.service() + "/time-value/staff-hours/2026-10"));
        on("GET /api/v1/initiatives", fx -> Call.of(fx, "/api/v1/initiatives"));
        on("POST /api/v1/initiatives", fx -> Call.of(fx, "/api/v1/initiatives", fx.initiativeBody()));
        on("GET /api/v1/initiatives/{id}", fx -> Call.of(fx, "/api/v1/initiatives/" + fx.initiative()));
        on(
                "PUT /api/v1/initiatives/{id}",
                fx -> Call.of(fx, "/api/v1/initiatives/" + fx.initiative(), fx.initiativeBody()));
        on(
                "GET /api/v1/initiatives/{id}/evaluation",
                fx -> Call.of(fx, "/api/v1/initiatives/" + fx.initiative() + "/evaluation"));
        on("GET /api/v1/indicators", fx -> Call.of(fx, "/api/v1/indicators?service=" + fx.service()));
        on("POST /api/v1/indicators", fx -> Call.of(fx, "/api/v1/indicators", fx.indicatorBody()));
        on("GET /api/v1/indicators/{id}", fx -> Call.of(fx, "/api/v1/indicators/" + fx.indicator()));
        on(
                "GET /api/v1/indicators/{id}/observations",
                fx -> Call.of(fx, "/api/v1/indicators/" + fx.indicator() + "/observations"));
        on(
                "POST /api/v1/indicators/{id}/observations",
                fx -> Call.of(fx, "/api/v1/indicators/" + fx.indicator() + "/observations", fx.observationsBody()));
        on("GET /api/v1/outcomes/overview", fx -> Call.of(fx, "/api/v1/outcomes/overview"));
        on("POST /api/v1/outcomes/refresh", fx -> Call.of(fx, "/api/v1/outcomes/refresh"));
        on("GET /api/v1/monitors", fx -> Call.of(fx, "/api/v1/monitors"));
        on("GET /api/v1/open-data", fx -> Call.of(fx, "/api/v1/open-data"));
        on("GET /api/v1/open-data/{dataset}", fx -> Call.of(fx, "/api/v1/open-data/service-records"));

        // --- integrations
        on("GET /api/v1/integrator-clients", fx -> Call.of(fx, "/api/v1/integrator-clients"));
        on(
                "PUT /api/v1/integrator-clients/{clientId}",
                fx -> Call.of(fx, "/api/v1/integrator-clients/" + fx.integratorClient(), fx.integratorClientBody()));
        on(
                "DELETE /api/v1/integrator-clients/{clientId}",
                fx -> Call.of(fx, "/api/v1/integrator-clients/" + fx.existingIntegratorClient()));
        on("GET /api/v1/webhooks", fx -> Call.of(fx, "/api/v1/webhooks"));
        on("POST /api/v1/webhooks", fx -> Call.of(fx, "/api/v1/webhooks", fx.webhookBody()));
        on("GET /api/v1/webhooks/{id}", fx -> Call.of(fx, "/api/v1/webhooks/" + fx.webhook()));
        on("PUT /api/v1/webhooks/{id}", fx -> Call.of(fx, "/api/v1/webhooks/" + fx.webhook(), fx.webhookBody()));
        on("DELETE /api/v1/webhooks/{id}", fx -> Call.of(fx, "/api/v1/webhooks/" + fx.webhook()));
        on(
                "GET /api/v1/webhooks/{id}/deliveries",
                fx -> Call.of(fx, "/api/v1/webhooks/" + fx.webhook() + "/deliveries"));
        on(
                "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
                fx -> Call.of(
                        fx, "/api/v1/webhooks/" + fx.ideaWebhook() + "/deliveries/" + fx.delivery() + "/redeliver"));
        on("GET /api/open311/v2/services.json", fx -> Call.of(fx, "/api/open311/v2/services.json"));
        on(
                "GET /api/open311/v2/services/{code}.json",
                fx -> Call.of(fx, "/api/open311/v2/services/" + fx.serviceSlug() + ".json"));
        on("GET /api/open311/v2/requests.json", fx -> Call.of(fx, "/api/open311/v2/requests.json"));
        on(
                "GET /api/open311/v2/requests/{id}.json",
                fx -> Call.of(fx, "/api/open311/v2/requests/" + fx.open311Request() + ".json"));
        on(
                "POST /api/open311/v2/requests.json",
                fx -> Call.of(
                                fx,
                                "/api/open311/v2/requests.json",
                                Map.of(
                                        "service_code",
                                        fx.serviceSlug(),
                                        "description",
                                        "The gate is broken again.",
                                        "lat",
                                        "51.4545",
                                        "long",
                                        "-2.5879"))
                        .asForm());
    }

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() throws IOException {
        Set<String> operations = servedOperations();
        Map<String, List<String>> expected = readTable();

        List<String> problems = new ArrayList<>();
        Set<String> missingFromTable = new TreeSet<>(operations);
        missingFromTable.removeAll(expected.keySet());
        Set<String> missingRecipe = new TreeSet<>(operations);
        missingRecipe.removeAll(RECIPES.keySet());
        Set<String> gone = new TreeSet<>(expected.keySet());
        gone.removeAll(operations);
        missingFromTable.forEach(op -> problems.add(op + ": not in the table"));
        missingRecipe.forEach(op -> problems.add(op + ": no recipe in AuthorizationMatrixTest"));
        gone.forEach(op -> problems.add(op + ": in the table but not served"));

        StringBuilder actual = new StringBuilder(header());
        int cells = 0;
        for (String operation : operations) {
            if (!RECIPES.containsKey(operation)) {
                continue;
            }
            List<String> row = new ArrayList<>();
            Fixture shared = new Fixture();
            for (Caller caller : Caller.values()) {
                boolean write = !operation.startsWith("GET ");
                Fixture fx = write ? new Fixture() : shared;
                int status = run(operation, fx, caller, problems);
                row.add(String.valueOf(status));
                cells++;
                List<String> want = expected.get(operation);
                if (want != null && !want.get(caller.ordinal()).equals(String.valueOf(status))) {
                    problems.add(operation + " as " + caller.column + ": expected " + want.get(caller.ordinal())
                            + ", got " + status);
                }
            }
            actual.append(operation).append(',').append(String.join(",", row)).append('\n');
        }
        Files.createDirectories(ACTUAL.getParent());
        Files.writeString(ACTUAL, actual.toString(), StandardCharsets.UTF_8);
        System.out.printf(
                "Authorization matrix: %d operations x %d callers = %d cells%n",
                operations.size(), Caller.values().length, cells);
        assertThat(problems)
                .as("differences from %s (the answers given are in %s)", TABLE, ACTUAL)
                .isEmpty();
    }

    /** Sends one cell's request; a refused write must leave what it aimed at unchanged. */
    private static int run(String operation, Fixture fx, Caller caller, List<String> problems) {
        String method = operation.substring(0, operation.indexOf(' '));
        Call call = RECIPES.get(operation).apply(fx);
        String probe = probePath(operation, call.path());
        String before = probe == null ? null : Api.as("alice").get(probe).asString();
        RequestSpecification request = caller.request(call);
        if (call.body() != null) {
            if (call.form()) {
                request = request.contentType(ContentType.URLENC);
                for (Map.Entry<?, ?> field : ((Map<?, ?>) call.body()).entrySet()) {
                    request = request.formParam(field.getKey().toString(), field.getValue());
                }
            } else {
                request = request.body(call.body());
            }
        }
        Response response = request.request(method, call.path());
        int status = response.statusCode();
        if (status == 400) {
            // A recipe whose body the application cannot accept tests validation, not authorization.
            System.out.printf("Matrix: %s as %s answered 400: %s%n", operation, caller.column, response.asString());
        }
        if (status >= 500) {
            problems.add(operation + " as " + caller.column + ": " + status + " " + response.asString());
        }
        boolean refused = status == 401 || status == 403 || status == 404;
        if (before != null && refused) {
            String after = Api.as("alice").get(probe).asString();
            if (!before.equals(after)) {
                problems.add(operation + " as " + caller.column + " was refused (" + status + ") but changed " + probe);
            }
        }
        return status;
    }

    /**
     * What a write aims at, read back by an admin: the object itself when it has a GET, else the
     * nearest enclosing one. Writes to one's own account have none (their caller is the owner).
     */
    static String probePath(String operation, String path) {
        if (operation.startsWith("GET ") || path.startsWith("/api/v1/me") || path.startsWith("/api/open311")) {
            return null;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String template = operation.substring(operation.indexOf(' ') + 1);
        String[] templateParts = template.split("/");
        String[] parts = bare.split("/");
        Set<String> gets = GETS;
        for (int length = parts.length; length > 3; length--) {
            String candidate = String.join("/", java.util.Arrays.copyOf(templateParts, length));
            if (gets.contains(candidate)) {
                return String.join("/", java.util.Arrays.copyOf(parts, length));
            }
        }
        return null;
    }

    private static Set<String> GETS = Set.of();

    @SuppressWarnings("unchecked")
    static Set<String> servedOperations() {
        String contract = RestAssured.given().get("/q/openapi").asString();
        Map<String, Object> document = new Yaml().load(contract);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> operations = new TreeSet<>();
        Set<String> gets = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(method -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                operations.add(method.toUpperCase() + " " + path);
                if (method.equals("get")) {
                    gets.add(path);
                }
            }
        }));
        GETS = gets;
        return operations;
    }

    private static String header() {
        StringBuilder header = new StringBuilder("operation");
        for (Caller caller : Caller.values()) {
            header.append(',').append(caller.column);
        }
        return header.append('\n').toString();
    }

    static Map<String, List<String>> readTable() throws IOException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        if (!Files.exists(TABLE)) {
            return table;
        }
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("operation,")) {
                continue;
            }
            String[] cells = line.split(",");
            List<String> statuses = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                statuses.add(cells[i].strip());
            }
            table.put(cells[0].strip(), statuses);
        }
        return table;
    }
}
