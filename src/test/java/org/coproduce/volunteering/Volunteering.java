package org.coproduce.volunteering;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.testing.Api;

/** Test helpers: opportunities and shifts set up through the API, as staff would. */
final class Volunteering {
    private Volunteering() {}

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    static String serviceId(String slug) {
        return Api.anonymous()
                .get("/api/v1/services/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    static Map<String, Object> opportunity(String serviceSlug, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceId", serviceId(serviceSlug));
        body.put("title", title);
        body.put("description", "Help us keep the gardens growing.");
        body.put("placeName", "Mill Lane community garden");
        body.put("skills", List.of("Gardening"));
        body.put("whatToBring", "Sturdy shoes");
        body.put("state", "PUBLISHED");
        return body;
    }

    /** A published opportunity of Riverside Parks (sam's organisation). */
    static String published(String title) {
        return created("sam", opportunity("community-gardens", title));
    }

    static String created(String staff, Map<String, Object> body) {
        return Api.as(staff)
                .body(body)
                .post("/api/v1/opportunities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> shift(Instant start, Duration length, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(length).toString());
        body.put("capacity", capacity);
        body.put("signupOpensAt", NOW.minus(Duration.ofDays(30)).toString());
        return body;
    }

    static String addShift(String opportunityId, Map<String, Object> body) {
        return Api.as("sam")
                .body(body)
                .post("/api/v1/opportunities/" + opportunityId + "/shifts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A shift of a new published opportunity, starting {@code daysAhead} days from now, 3 hours long. */
    static String shiftIn(int daysAhead, int capacity) {
        String opportunity = published("Weeding day " + System.nanoTime());
        return addShift(opportunity, shift(NOW.plus(Duration.ofDays(daysAhead)), Duration.ofHours(3), capacity));
    }

    static int signUpWith(String token, String shiftId) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/shifts/" + shiftId + "/signups")
                .then()
                .extract()
                .statusCode();
    }
}
