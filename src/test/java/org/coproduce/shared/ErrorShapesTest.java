package org.coproduce.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorShapesTest {

    @Test
    void unknownApiRoutesAreNotFoundProblems() {
        Api.anonymous()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void wrongMethodsAreMethodNotAllowedProblems() {
        Api.as("sam")
                .body("{}")
                .patch("/api/v1/services")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void wrongContentTypesAreUnsupportedMediaTypeProblems() {
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(org.coproduce.testing.Tokens.of("sam"))
                .contentType("text/plain")
                .body("hello")
                .post("/api/v1/services")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void everyAnswerCarriesARequestId() {
        Api.anonymous().get("/api/v1/services").then().header("X-Request-Id", notNullValue());
        Api.anonymous()
                .header("X-Request-Id", "support-ticket-1234")
                .get("/api/v1/services")
                .then()
                .header("X-Request-Id", is("support-ticket-1234"));
    }

    @Test
    void problemsNeverShowInternals() {
        Api.as("sam")
                .body("[1, 2")
                .post("/api/v1/services")
                .then()
                .statusCode(400)
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("at org.")));
    }
}
