package org.coproduce.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void anonymousVisitorIsToldToSignIn() {
        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", is(401))
                .body("type", is("/problems/not-signed-in"));
    }

    @Test
    void citizenSeesThemselvesWithTheCitizenRoleOnly() {
        given().auth()
                .oauth2(Tokens.of("bob"))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", notNullValue())
                .body("roles", contains("citizen"))
                .body("staffOf", empty());
    }

    @Test
    void firstSignInCreatesThePersonOnceAndLaterCallsFindThem() {
        String first = given().auth()
                .oauth2(Tokens.of("dora"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String second = given().auth()
                .oauth2(Tokens.of("dora"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
    }

    @Test
    void staffSeeTheirOrganisations() {
        given().auth()
                .oauth2(Tokens.of("sam"))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("staff"))
                .body("roles", not(hasItem("admin")))
                .body("staffOf.slug", contains("riverside-parks"));
    }

    @Test
    void aGarbageBearerTokenIsRefusedWithAProblem() {
        given().auth()
                .oauth2("not-a-token")
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
