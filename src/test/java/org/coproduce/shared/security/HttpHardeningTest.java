package org.coproduce.shared.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** Headers on every answer, no cross-origin access, and bodies too large to read refused. */
@QuarkusTest
class HttpHardeningTest {

    @Test
    void everyAnswerCarriesTheSecurityHeadersErrorsToo() {
        for (String path : new String[] {"/api/v1/services", "/api/v1/no-such-thing", "/q/health/ready"}) {
            RestAssured.given()
                    .get(path)
                    .then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", is("nosniff"))
                    .header("Referrer-Policy", is("strict-origin-when-cross-origin"))
                    .header("X-Frame-Options", is("DENY"))
                    .header("Strict-Transport-Security", containsString("max-age=31536000"));
        }
    }

    @Test
    void anotherSiteGetsNoCrossOriginAccess() {
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/ideas")
                .then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        RestAssured.given()
                .header("Origin", "https://evil.example")
                .get("/api/v1/services")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aBodyAboveOneMegabyteIsRefusedWith413AndChangesNothing() {
        String title = "Too big " + System.nanoTime();
        Api.as("bob")
                .body(Map.of("title", title, "body", "x".repeat(1_100_000)))
                .post("/api/v1/ideas")
                .then()
                .statusCode(413);
        Api.anonymous().get("/api/v1/ideas?q=" + title.replace(' ', '+')).then().body("items.size()", is(0));
    }
}
