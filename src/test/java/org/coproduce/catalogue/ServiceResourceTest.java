package org.coproduce.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.catalogue.ServiceInputs.createdByParksStaff;
import static org.coproduce.catalogue.ServiceInputs.service;
import static org.coproduce.catalogue.ServiceInputs.uniqueService;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceResourceTest {

    @Inject
    AuditLog audit;

    @Test
    void anyoneBrowsesServicesInNameOrder() {
        List<String> names = Api.anonymous()
                .get("/api/v1/services?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names).hasSizeGreaterThanOrEqualTo(12).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void anyoneReadsAServiceBySlugOrIdWithItsVersionAsETag() {
        JsonPath bySlug = Api.anonymous()
                .get("/api/v1/services/community-gardens")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("organisation.slug", is("riverside-parks"))
                .body("category", is("PARKS_AND_GREEN_SPACES"))
                .extract()
                .jsonPath();
        Api.anonymous()
                .get("/api/v1/services/" + bySlug.getString("id"))
                .then()
                .statusCode(200)
                .header("ETag", is("\"" + bySlug.getLong("version") + "\""))
                .body("slug", is("community-gardens"));
    }

    @Test
    void unknownServiceIsANotFoundProblem() {
        Api.anonymous()
                .get("/api/v1/services/no-such-service")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-found"))
                .body("title", notNullValue())
                .body("detail", containsString("no-such-service"));
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsEvenWhileServicesAreAdded() {
        List<String> before = allIds(100);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.anonymous().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/services")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            if (pages++ == 1) {
                // Rows that sort before and after the current position arrive mid-way.
                createdByParksStaff(service("riverside-parks", "Aaa first " + UUID.randomUUID()));
                createdByParksStaff(service("riverside-parks", "Zzz last " + UUID.randomUUID()));
            }
        } while (cursor != null);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(seen).containsAll(before);
    }

    @Test
    void searchFindsServicesAndRanksNameMatchesFirst() {
        Map<String, Object> inDescription = service("riverside-parks", "Quiet garden");
        inDescription.put("description", "Look out for the heron by the kingfisherpond.");
        createdByParksStaff(inDescription);
        createdByParksStaff(service("riverside-parks", "Kingfisherpond walks"));

        Api.anonymous()
                .get("/api/v1/services?q=kingfisherpond")
                .then()
                .statusCode(200)
                .body("items.size()", is(2))
                .body("items[0].name", is("Kingfisherpond walks"))
                .body("items[1].name", is("Quiet garden"));
        Api.anonymous()
                .get("/api/v1/services?q=recycling")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("household-recycling-collection"));
    }

    @Test
    void searchResultsPageByRankWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = service("riverside-parks", "Otterbank " + "visit ".repeat(i) + i);
            createdByParksStaff(body);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.anonymous().queryParam("q", "otterbank").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/services")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void filtersByOrganisationCategoryAndArea() {
        Api.anonymous()
                .get("/api/v1/services?organisation=riverside-libraries")
                .then()
                .statusCode(200)
                .body("items.organisation.slug", everyItem(is("riverside-libraries")))
                .body("items.size()", is(4));
        Api.anonymous()
                .get("/api/v1/services?category=WASTE_AND_RECYCLING")
                .then()
                .statusCode(200)
                .body("items.category", everyItem(is("WASTE_AND_RECYCLING")));
        Api.anonymous()
                .get("/api/v1/services?area=town centre")
                .then()
                .statusCode(200)
                .body("items.areaServed", everyItem(is("Town centre")))
                .body("items.size()", is(2));
        Api.anonymous()
                .get("/api/v1/services?organisation=nobody")
                .then()
                .statusCode(200)
                .body("items.size()", is(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void badListParametersAreValidationProblems() {
        Api.anonymous()
                .get("/api/v1/services?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
        Api.anonymous().get("/api/v1/services?limit=101").then().statusCode(400).body("errors.field", hasItem("limit"));
        Api.anonymous()
                .get("/api/v1/services?cursor=rubbish")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        Api.anonymous()
                .get("/api/v1/services?category=SPACESHIPS")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void staffOfTheOrganisationCreateAServiceAndItIsAudited() {
        Map<String, Object> body = service("riverside-parks", "Wildflower meadows");
        JsonPath created = Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/services/"))
                .header("ETag", is("\"0\""))
                .body("slug", is("wildflower-meadows"))
                .body("active", is(true))
                .extract()
                .jsonPath();
        Api.anonymous()
                .get("/api/v1/services/wildflower-meadows")
                .then()
                .statusCode(200)
                .body("contact.email", is("team@riverside.example"));
        assertThat(audit.forEntity("service", UUID.fromString(created.getString("id"))))
                .extracting(entry -> entry.action)
                .containsExactly("service.created");
    }

    @Test
    void onlyStaffOfTheOrganisationOrAnAdminCreateItsServices() {
        Api.anonymous()
                .body(uniqueService("riverside-parks"))
                .post("/api/v1/services")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Api.as("bob")
                .body(uniqueService("riverside-parks"))
                .post("/api/v1/services")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.as("olga")
                .body(uniqueService("riverside-parks"))
                .post("/api/v1/services")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        Api.as("alice")
                .body(uniqueService("riverside-parks"))
                .post("/api/v1/services")
                .then()
                .statusCode(201);
    }

    @Test
    void invalidFieldsAreListedAndNothingIsCreated() {
        Map<String, Object> body = service("riverside-parks", "");
        body.put("contact", Map.of("email", "not-an-email", "website", "javascript:alert(1)"));
        body.put("summary", "x".repeat(281));
        int before = allIds(100).size();
        Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("/problems/validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("summary"))
                .body("errors.field", hasItem("contact.email"))
                .body("errors.field", hasItem("contact.website"));
        assertThat(allIds(100)).hasSize(before);
    }

    @Test
    void wrongTypesAndMalformedJsonAreBadRequests() {
        Map<String, Object> body = uniqueService("riverside-parks");
        body.put("active", Map.of("nested", true));
        Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("active"));
        body = uniqueService("riverside-parks");
        body.put("category", "SPACESHIPS");
        Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("category"))
                .body("errors[0].message", containsString("PARKS_AND_GREEN_SPACES"));
        Api.as("sam")
                .body("{\"name\": ")
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aSlugAlreadyInUseIsAConflict() {
        Map<String, Object> body = uniqueService("riverside-parks");
        body.put("slug", "community-gardens");
        Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void sameNameGetsTheNextFreeSlug() {
        Map<String, Object> body = service("riverside-parks", "Tree planting");
        createdByParksStaff(body);
        assertThat(createdByParksStaff(body).getString("slug")).isEqualTo("tree-planting-2");
    }

    @Test
    void staffUpdateWithTheCurrentVersionAndAStaleVersionIsRefused() {
        Map<String, Object> body = uniqueService("riverside-parks");
        JsonPath created = createdByParksStaff(body);
        String id = created.getString("id");
        body.put("summary", "A better summary");
        Api.as("sam")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/services/" + id)
                .then()
                .statusCode(200)
                .header("ETag", is("\"1\""))
                .body("summary", is("A better summary"))
                .body("version", is(1));
        body.put("summary", "An overwrite of a change I never saw");
        Api.as("sam")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/services/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", is("/problems/stale-version"));
        Api.anonymous().get("/api/v1/services/" + id).then().body("summary", is("A better summary"));
    }

    @Test
    void staffOfAnotherOrganisationCannotChangeOrArchiveAService() {
        Map<String, Object> body = uniqueService("riverside-parks");
        String id = createdByParksStaff(body).getString("id");
        Api.as("olga").body(body).put("/api/v1/services/" + id).then().statusCode(403);
        Api.as("bob").body(body).put("/api/v1/services/" + id).then().statusCode(403);
        Api.anonymous().body(body).put("/api/v1/services/" + id).then().statusCode(401);
        Api.as("olga").delete("/api/v1/services/" + id).then().statusCode(403);
        Api.as("alice").body(body).put("/api/v1/services/" + id).then().statusCode(200);
    }

    @Test
    void theOrganisationOfAServiceCannotBeChanged() {
        Map<String, Object> body = uniqueService("riverside-parks");
        String id = createdByParksStaff(body).getString("id");
        body.put("organisationId", ServiceInputs.organisationId("riverside-libraries"));
        Api.as("alice")
                .body(body)
                .put("/api/v1/services/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organisationId"));
    }

    @Test
    void anArchivedServiceIsGoneForEveryone() {
        Map<String, Object> body = uniqueService("riverside-parks");
        JsonPath created = createdByParksStaff(body);
        String id = created.getString("id");
        Api.as("sam")
                .header("If-Match", "\"0\"")
                .delete("/api/v1/services/" + id)
                .then()
                .statusCode(204);
        Api.anonymous().get("/api/v1/services/" + id).then().statusCode(404);
        Api.anonymous()
                .get("/api/v1/services/" + created.getString("slug"))
                .then()
                .statusCode(404);
        assertThat(allIds(100)).doesNotContain(id);
        Api.as("sam").body(body).put("/api/v1/services/" + id).then().statusCode(404);
        Api.as("sam").delete("/api/v1/services/" + id).then().statusCode(404);
    }

    @Test
    void aRetriedCreateWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothingMore() {
        Map<String, Object> body = uniqueService("riverside-parks");
        String key = UUID.randomUUID().toString();
        String first = Api.as("sam")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String location = Api.as("sam")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", is(first))
                .extract()
                .header("Location");
        assertThat(location).endsWith(first);
        Api.anonymous().get("/api/v1/services?q=" + body.get("name")).then().body("items.size()", is(1));
    }

    @Test
    void reusingAKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        Api.as("sam")
                .header("Idempotency-Key", key)
                .body(uniqueService("riverside-parks"))
                .post("/api/v1/services")
                .then()
                .statusCode(201);
        Api.as("sam")
                .header("Idempotency-Key", key)
                .body(uniqueService("riverside-parks"))
                .post("/api/v1/services")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/idempotency-key-reused"));
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateOneService() throws Exception {
        Map<String, Object> body = uniqueService("riverside-parks");
        String key = UUID.randomUUID().toString();
        String token = org.coproduce.testing.Tokens.of("sam");
        List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> io.restassured.RestAssured.given()
                        .auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post("/api/v1/services")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("id")));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(answers.get(0).get());
            }
        } finally {
            pool.shutdownNow();
        }
        Api.anonymous().get("/api/v1/services?q=" + body.get("name")).then().body("items.size()", is(1));
    }

    @Test
    void anyoneListsTheAreasServicesServe() {
        Api.anonymous()
                .get("/api/v1/service-areas")
                .then()
                .statusCode(200)
                .body("items", hasItem("Whole borough"))
                .body("items", hasItem("Town centre"));
    }

    private static List<String> allIds(int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.anonymous().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/services")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
