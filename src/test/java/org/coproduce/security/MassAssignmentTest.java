package org.coproduce.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Fields a caller must not set (ids, status, authors, versions, counts, another organisation) are
 * ignored or refused, never applied: each request adds them to an otherwise valid body.
 */
@QuarkusTest
class MassAssignmentTest {
    private static final String SOMEONE_ELSE = UUID.randomUUID().toString();

    private static String organisation(String slug) {
        return Api.anonymous().get("/api/v1/organisations/" + slug).path("id");
    }

    private static Map<String, Object> withForbiddenFields(Map<String, Object> body) {
        Map<String, Object> extended = new HashMap<>(body);
        extended.put("id", SOMEONE_ELSE);
        extended.put("status", "IMPLEMENTED");
        extended.put("authorId", SOMEONE_ELSE);
        extended.put("personId", SOMEONE_ELSE);
        extended.put("version", 99);
        extended.put("supportCount", 1000);
        extended.put("confirmedCount", 1000);
        extended.put("createdAt", "2001-01-01T00:00:00Z");
        return extended;
    }

    @Test
    void anIdeasIdStatusAuthorAndCountsComeFromTheServerNotTheBody() {
        Fixture fx = new Fixture();
        JsonPath created = Api.as(fx.owner)
                .body(withForbiddenFields(fx.ideaBody()))
                .post("/api/v1/ideas")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String idea = created.getString("id");
        assertThat(idea).isNotEqualTo(SOMEONE_ELSE);
        assertThat(created.getString("status")).isEqualTo("SUBMITTED");
        assertThat(created.getInt("supportCount")).isZero();
        assertThat(created.getString("author.id")).isEqualTo(fx.ownerId());

        Api.as(fx.owner)
                .body(withForbiddenFields(fx.ideaBody()))
                .put("/api/v1/ideas/" + idea)
                .then()
                .statusCode(200)
                .body("status", is("SUBMITTED"))
                .body("supportCount", is(0))
                .body("author.id", is(fx.ownerId()));
        Api.anonymous().get("/api/v1/ideas/" + SOMEONE_ELSE).then().statusCode(404);
    }

    @Test
    void aCommentARatingAndASignUpBelongToTheCallerWhateverTheBodySays() {
        Fixture fx = new Fixture();
        Api.as(fx.owner)
                .body(withForbiddenFields(Map.of("body", "Mine, not someone else's.")))
                .post("/api/v1/ideas/" + fx.idea() + "/comments")
                .then()
                .statusCode(201)
                .body("author.id", is(fx.ownerId()));

        // Only imports carry their own time: a citizen who sends one is refused, and nothing is kept.
        Map<String, Object> backdated = withForbiddenFields(fx.ratingBody());
        backdated.put("ratedAt", "2001-01-01T00:00:00Z");
        Api.as(fx.owner)
                .body(backdated)
                .post("/api/v1/services/" + fx.service() + "/ratings")
                .then()
                .statusCode(400);
        Api.as(fx.owner)
                .get("/api/v1/services/" + fx.service() + "/ratings/mine")
                .then()
                .statusCode(404);
        Api.as(fx.owner)
                .body(withForbiddenFields(fx.ratingBody()))
                .post("/api/v1/services/" + fx.service() + "/ratings")
                .then()
                .statusCode(201)
                .body("id", not(is(SOMEONE_ELSE)));
        Api.as(fx.owner)
                .get("/api/v1/services/" + fx.service() + "/ratings/mine")
                .then()
                .statusCode(200)
                .body("ratedAt", not(is("2001-01-01T00:00:00Z")));

        Api.as(fx.owner)
                .body(withForbiddenFields(Map.of()))
                .post("/api/v1/shifts/" + fx.shift() + "/signups")
                .then()
                .statusCode(201)
                .body("status", is("CONFIRMED"));
        Api.as(fx.owner)
                .get("/api/v1/me/signups")
                .then()
                .body("items.find { it.shift.id == '" + fx.shift() + "' }.status", is("CONFIRMED"));
        Api.as("sam").get("/api/v1/shifts/" + fx.shift()).then().body("confirmedCount", is(1));
    }

    @Test
    void staffCannotPlaceThingsInAnotherOrganisationThroughTheBody() {
        String environment = organisation("riverside-environment");
        Fixture fx = new Fixture();

        Map<String, Object> service = fx.serviceBody();
        service.put("organisationId", environment);
        Api.as("sam").body(service).post("/api/v1/services").then().statusCode(403);

        Api.as("sam")
                .body(service)
                .put("/api/v1/services/" + fx.service())
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(is(400), is(403)));
        Api.anonymous().get("/api/v1/services/" + fx.service()).then().body("organisation.id", is(Fixture.parks()));

        Map<String, Object> webhook = new HashMap<>(fx.webhookBody());
        webhook.put("organisationId", environment);
        Api.as("sam")
                .body(webhook)
                .put("/api/v1/webhooks/" + fx.webhook())
                .then()
                .statusCode(400);
        Api.as("sam").get("/api/v1/webhooks/" + fx.webhook()).then().body("organisationId", is(Fixture.parks()));

        Map<String, Object> client = Map.of("organisationId", environment, "name", "Someone else's CRM");
        Api.asIntegrator("coproduce:read coproduce:write coproduce:webhooks")
                .body(webhook)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(is(403), is(404)));
        Api.as("sam")
                .body(client)
                .put("/api/v1/integrator-clients/coproduce-test")
                .then()
                .statusCode(403);
    }

    @Test
    void myAccountKeepsTheEmailAndIdTheSignInGave() {
        Fixture fx = new Fixture();
        String email = fx.ownerEmail();
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "Owner Renamed");
        body.put("language", "en");
        body.put("id", SOMEONE_ELSE);
        body.put("email", "attacker@evil.example");
        body.put("displayNameChosen", false);
        Api.as(fx.owner).body(body).put("/api/v1/me/account").then().statusCode(200);
        Api.as(fx.owner)
                .get("/api/v1/me/account")
                .then()
                .body("id", is(fx.ownerId()))
                .body("email", is(email))
                .body("displayNameChosen", is(true));
    }
}
