package org.coproduce.ratings;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;

/** Test helpers: services and ratings set up through the API. */
final class RatingFixtures {
    private RatingFixtures() {}

    /** A new service of Riverside Parks (sam's organisation), so each test counts from zero. */
    static String newParksService() {
        String organisationId = Api.anonymous()
                .get("/api/v1/organisations/riverside-parks")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("name", "Rated service " + UUID.randomUUID().toString().substring(0, 8));
        body.put("summary", "A service people rate in tests");
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

    static Map<String, Object> rating(int overall, String review) {
        Map<String, Object> body = new HashMap<>();
        body.put("overall", overall);
        if (review != null) {
            body.put("review", review);
        }
        return body;
    }

    /** Rates the service as the user and returns the rating's id. */
    static String rate(String user, String serviceId, int overall, String review) {
        return Api.as(user)
                .body(rating(overall, review))
                .post("/api/v1/services/" + serviceId + "/ratings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6);
    }
}
