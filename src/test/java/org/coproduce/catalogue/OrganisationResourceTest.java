package org.coproduce.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void anyoneListsOrganisationsInNameOrderAndReadsOneBySlug() {
        Api.anonymous()
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("riverside-parks"));
        Api.anonymous()
                .get("/api/v1/organisations?limit=1")
                .then()
                .statusCode(200)
                .body("items.size()", is(1))
                .body("nextCursor", notNullValue());
        Api.anonymous()
                .get("/api/v1/organisations/riverside-parks")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("name", is("Riverside Parks and Open Spaces"));
        Api.anonymous()
                .get("/api/v1/organisations/nobody")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminCreatesOrganisations() {
        Map<String, Object> body = Map.of(
                "name", "Riverside Housing " + UUID.randomUUID().toString().substring(0, 6));
        Api.anonymous().body(body).post("/api/v1/organisations").then().statusCode(401);
        Api.as("bob").body(body).post("/api/v1/organisations").then().statusCode(403);
        Api.as("sam").body(body).post("/api/v1/organisations").then().statusCode(403);
        Api.as("alice")
                .body(body)
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .body("slug", notNullValue());
        Api.as("alice").body(body).post("/api/v1/organisations").then().statusCode(409);
    }

    @Test
    void anAdminUpdatesAnOrganisationGuardedByItsVersion() {
        String id = Api.as("alice")
                .body(Map.of(
                        "name",
                        "Riverside Leisure " + UUID.randomUUID().toString().substring(0, 6)))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> change =
                Map.of("name", "Riverside Leisure Trust", "website", "https://leisure.riverside.example");
        Api.as("alice")
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/organisations/" + id)
                .then()
                .statusCode(200)
                .body("version", is(1));
        Api.as("alice")
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/api/v1/organisations/" + id)
                .then()
                .statusCode(412);
        Api.as("sam").body(change).put("/api/v1/organisations/" + id).then().statusCode(403);
    }

    @Test
    void anInvitedPersonBecomesStaffWhenTheyFirstSignIn() {
        String libraries = ServiceInputs.organisationId("riverside-libraries");
        Api.as("alice")
                .body(Map.of("email", "carol@example.com", "displayName", "Carol"))
                .post("/api/v1/organisations/" + libraries + "/staff")
                .then()
                .statusCode(200)
                .body("email", is("carol@example.com"));
        Api.as("carol").get("/api/v1/me").then().statusCode(200).body("staffOf.slug", contains("riverside-libraries"));
        Api.as("alice")
                .get("/api/v1/organisations/" + libraries + "/staff")
                .then()
                .statusCode(200)
                .body("items.email", hasItem("carol@example.com"));
    }

    @Test
    void onlyAnAdminManagesStaffAndOnlyItsOwnStaffSeeTheList() {
        String parks = ServiceInputs.organisationId("riverside-parks");
        String environment = ServiceInputs.organisationId("riverside-environment");
        Api.as("sam")
                .get("/api/v1/organisations/" + parks + "/staff")
                .then()
                .statusCode(200)
                .body("items.email", hasItem("sam@example.com"));
        Api.as("sam")
                .get("/api/v1/organisations/" + environment + "/staff")
                .then()
                .statusCode(403);
        Api.as("bob").get("/api/v1/organisations/" + parks + "/staff").then().statusCode(403);
        Api.anonymous().get("/api/v1/organisations/" + parks + "/staff").then().statusCode(401);
        Api.as("sam")
                .body(Map.of("email", "eve@example.com"))
                .post("/api/v1/organisations/" + parks + "/staff")
                .then()
                .statusCode(403);
    }

    @Test
    void anAdminRemovesAMemberOfStaff() {
        String environment = ServiceInputs.organisationId("riverside-environment");
        String personId = Api.as("alice")
                .body(Map.of("email", "frank@example.com"))
                .post("/api/v1/organisations/" + environment + "/staff")
                .then()
                .statusCode(200)
                .extract()
                .path("personId");
        Api.as("alice")
                .delete("/api/v1/organisations/" + environment + "/staff/" + personId)
                .then()
                .statusCode(204);
        Api.as("alice")
                .get("/api/v1/organisations/" + environment + "/staff")
                .then()
                .body("items.email", not(hasItem("frank@example.com")));
        Api.as("alice")
                .delete("/api/v1/organisations/" + environment + "/staff/" + personId)
                .then()
                .statusCode(404);
    }
}
