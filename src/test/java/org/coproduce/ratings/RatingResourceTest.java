package org.coproduce.ratings;

import static org.coproduce.ratings.RatingFixtures.newParksService;
import static org.coproduce.ratings.RatingFixtures.rate;
import static org.coproduce.ratings.RatingFixtures.rating;
import static org.coproduce.ratings.RatingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RatingResourceTest {

    @Test
    void aCitizenRatesOnceAndChangesTheRatingWithIfMatch() {
        String service = newParksService();
        String rater = unique("rater");
        Map<String, Object> body = rating(2, "The gate was locked at 4pm.");
        body.put("access", 1);
        body.put("usedIn", "2026-10");
        Response created = Api.as(rater).body(body).post("/api/v1/services/" + service + "/ratings");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/ratings/"))
                .body("overall", is(2))
                .body("access", is(1))
                .body("usedIn", is("2026-10"))
                .body("reviewerName", is(capitalised(rater)))
                .body("yours", is(true));
        String id = created.path("id");

        Api.as(rater)
                .body(rating(4, null))
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("/api/v1/ratings/" + id));

        Api.as(rater)
                .header("If-Match", "\"7\"")
                .body(rating(4, "Better now."))
                .put("/api/v1/ratings/" + id)
                .then()
                .statusCode(412);
        Api.as(rater)
                .header("If-Match", created.header("ETag"))
                .body(rating(4, "Better now."))
                .put("/api/v1/ratings/" + id)
                .then()
                .statusCode(200)
                .body("overall", is(4))
                .body("access", nullValue())
                .body("version", is(1));
        Api.as(rater)
                .get("/api/v1/services/" + service + "/ratings/mine")
                .then()
                .statusCode(200)
                .body("id", is(id));
        Api.as("someone-else")
                .body(rating(1, null))
                .put("/api/v1/ratings/" + id)
                .then()
                .statusCode(404);

        Api.anonymous()
                .get("/api/v1/services/" + service + "/ratings/summary")
                .then()
                .statusCode(200)
                .body("count", is(1))
                .body("enoughRatings", is(false))
                .body("mean", nullValue())
                .body("distribution", nullValue())
                .body("trend.size()", is(24));
    }

    @Test
    void theSummaryCountsMeansDistributionNetScoreAndTrend() {
        String service = newParksService();
        int[] scores = {5, 5, 4, 3, 1, 2};
        for (int score : scores) {
            Map<String, Object> body = rating(score, null);
            body.put("timeliness", score == 1 ? 2 : 4);
            Api.as(unique("summary"))
                    .body(body)
                    .post("/api/v1/services/" + service + "/ratings")
                    .then()
                    .statusCode(201);
        }
        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        Api.anonymous()
                .get("/api/v1/services/" + service + "/ratings/summary")
                .then()
                .statusCode(200)
                .body("count", is(6))
                .body("enoughRatings", is(true))
                .body("mean", is(3.33f))
                .body("distribution.count", equalTo(List.of(1, 1, 1, 1, 2)))
                // (3 high - 2 low) / 6 = 16.7 %
                .body("netScore", is(16.7f))
                .body("dimensions.find { it.dimension == 'timeliness' }.mean", is(3.67f))
                .body("dimensions.find { it.dimension == 'access' }.count", is(0))
                .body("dimensions.find { it.dimension == 'access' }.mean", nullValue())
                .body("trend[23].month", is(month))
                .body("trend[23].count", is(6))
                .body("trend[23].mean", is(3.33f))
                .body("trend[22].count", is(0));
    }

    @Test
    void badRatingsAreRefusedAndChangeNothing() {
        String service = newParksService();
        for (Map<String, Object> bad : List.of(rating(0, null), rating(6, null), Map.<String, Object>of())) {
            Api.as("picky")
                    .body(bad)
                    .post("/api/v1/services/" + service + "/ratings")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors.field", hasItem(containsString("overall")));
        }
        Map<String, Object> badDimension = rating(3, "x".repeat(2001));
        badDimension.put("courtesy", 9);
        badDimension.put("usedIn", "2026-13");
        Api.as("picky")
                .body(badDimension)
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(400)
                .body("errors.size()", is(3));
        Map<String, Object> pretending = rating(3, null);
        pretending.put("source", "kiosk");
        pretending.put("externalId", "1");
        Api.as("picky")
                .body(pretending)
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(400);
        Api.anonymous()
                .get("/api/v1/services/" + service + "/ratings/summary")
                .then()
                .body("count", is(0));
        Api.anonymous().post("/api/v1/services/" + service + "/ratings").then().statusCode(401);
    }

    @Test
    void anArchivedServiceTakesNoRatings() {
        String service = newParksService();
        Api.as("sam").delete("/api/v1/services/" + service).then().statusCode(204);
        Api.as("late")
                .body(rating(3, null))
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(409)
                .body("detail", containsString("archived"));
    }

    @Test
    void integratorsImportRatingsOnceWithTheWriteScope() {
        String service = newParksService();
        Map<String, Object> imported = rating(4, "Friendly staff at the kiosk.");
        imported.put("source", "library-kiosk");
        imported.put("externalId", "kiosk-42");
        imported.put("ratedAt", Instant.now().minusSeconds(86_400 * 40).toString());

        Api.asIntegrator("coproduce:read")
                .body(imported)
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(403);
        String id = Api.asIntegrator("coproduce:read coproduce:write")
                .body(imported)
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(201)
                .body("source", is("library-kiosk"))
                .body("reviewerName", nullValue())
                .extract()
                .path("id");
        Map<String, Object> resubmitted = rating(1, "Changed my mind");
        resubmitted.put("source", "library-kiosk");
        resubmitted.put("externalId", "kiosk-42");
        Api.asIntegrator("coproduce:read coproduce:write")
                .body(resubmitted)
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("overall", is(4));
        Map<String, Object> withoutPair = rating(4, null);
        Api.asIntegrator("coproduce:write")
                .body(withoutPair)
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(400);
        Api.anonymous()
                .get("/api/v1/services/" + service + "/ratings/summary")
                .then()
                .body("count", is(1));
    }

    @Test
    void reviewsAreSortedFilteredAndPagedAndPlainRatingsAreNotListed() {
        String service = newParksService();
        String low = rate(unique("r"), service, 1, "Terrible");
        String high = rate(unique("r"), service, 5, "Wonderful");
        String middle = rate(unique("r"), service, 3, "Fine");
        rate(unique("r"), service, 4, null);
        String path = "/api/v1/services/" + service + "/ratings";

        Api.anonymous().get(path).then().statusCode(200).body("items.id", equalTo(List.of(middle, high, low)));
        Api.anonymous().get(path + "?sort=lowest").then().body("items.id", equalTo(List.of(low, middle, high)));
        Api.anonymous().get(path + "?sort=highest").then().body("items.id", equalTo(List.of(high, middle, low)));
        String cursor = Api.anonymous()
                .get(path + "?sort=lowest&limit=2")
                .then()
                .body("items.id", equalTo(List.of(low, middle)))
                .extract()
                .path("nextCursor");
        Api.anonymous()
                .queryParam("cursor", cursor)
                .get(path + "?sort=lowest&limit=2")
                .then()
                .body("items.id", equalTo(List.of(high)))
                .body("nextCursor", nullValue());

        Api.as("sam")
                .body(Map.of("body", "Sorry, we will do better."))
                .post("/api/v1/ratings/" + low + "/reply")
                .then()
                .statusCode(201);
        Api.anonymous().get(path + "?replied=true").then().body("items.id", equalTo(List.of(low)));
        Api.anonymous().get(path + "?replied=false").then().body("items.id", equalTo(List.of(middle, high)));
        Api.anonymous().get(path + "?sort=best").then().statusCode(400).body("errors[0].field", is("sort"));
        Api.anonymous().get(path + "?replied=maybe").then().statusCode(400);
        Api.anonymous().get(path + "?cursor=nonsense").then().statusCode(400);
    }

    private static String capitalised(String user) {
        return Character.toUpperCase(user.charAt(0)) + user.substring(1);
    }
}
