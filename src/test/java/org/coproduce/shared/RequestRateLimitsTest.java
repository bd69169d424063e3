package org.coproduce.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** Limits on every request, with low limits so they are reached: per address, person and client. */
@QuarkusTest
@TestProfile(RequestRateLimitsTest.LowLimits.class)
class RequestRateLimitsTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "coproduce.rate-limits.actions.anonymous-reads.max", "5",
                    "coproduce.rate-limits.actions.anonymous-reads.window", "PT1H",
                    "coproduce.rate-limits.actions.writes.max", "3",
                    "coproduce.rate-limits.actions.writes.window", "PT1H",
                    "coproduce.rate-limits.actions.client-writes.max", "2",
                    "coproduce.rate-limits.actions.client-writes.window", "PT1H");
        }
    }

    @Test
    void anonymousReadsAreLimitedPerAddressWithTheHeaders() {
        Api.anonymous()
                .get("/api/v1/services?limit=1")
                .then()
                .statusCode(200)
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", notNullValue())
                .header("RateLimit-Policy", "5;w=3600");
        for (int i = 0; i < 10; i++) {
            Api.anonymous().get("/api/v1/services?limit=1");
        }
        Api.anonymous()
                .get("/api/v1/services?limit=1")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("detail", containsString("at most 5"));
        // Signed-in reads are not limited per address.
        Api.as("limits-reader").get("/api/v1/services?limit=1").then().statusCode(200);
    }

    @Test
    void writesAreLimitedPerPersonAndPerClient() {
        String me = "limits-writer-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            Api.as(me)
                    .body(Map.of("emailFrequency", "NONE"))
                    .put("/api/v1/me/notification-settings")
                    .then()
                    .statusCode(200);
        }
        Api.as(me)
                .body(Map.of("emailFrequency", "NONE"))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "3");
        // Another person has their own allowance.
        Api.as(me + "-other")
                .body(Map.of("emailFrequency", "NONE"))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", is("2"));

        for (int i = 0; i < 2; i++) {
            Api.asIntegrator("coproduce:write")
                    .body(Map.of("overall", 4, "source", "limits", "externalId", "w-" + UUID.randomUUID()))
                    .post("/api/v1/services/park-rangers/ratings")
                    .then()
                    .statusCode(201);
        }
        Api.asIntegrator("coproduce:write")
                .body(Map.of("overall", 4, "source", "limits", "externalId", "w-" + UUID.randomUUID()))
                .post("/api/v1/services/park-rangers/ratings")
                .then()
                .statusCode(429);
    }
}
