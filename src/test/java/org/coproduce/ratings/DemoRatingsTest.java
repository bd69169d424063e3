package org.coproduce.ratings;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** The demo instance shows co-assessment at work: histories, replies, and changes citizens confirmed. */
@QuarkusTest
class DemoRatingsTest {

    @Test
    void demoServicesHaveTwoYearsOfRatingsRepliesAndConfirmedChanges() {
        Api.anonymous()
                .get("/api/v1/services/household-recycling-collection/ratings/summary")
                .then()
                .statusCode(200)
                .body("enoughRatings", is(true))
                .body("count", greaterThan(300))
                .body("trend.count", everyItem(greaterThan(0)));
        Api.anonymous()
                .get("/api/v1/services/household-recycling-collection/ratings?replied=true")
                .then()
                .body("items.reply.authorName", hasItem(startsWith("Olga")));
        Api.anonymous()
                .get("/api/v1/changes?status=done")
                .then()
                .body("items.confirmation.answer", hasItem("YES"))
                .body("items.confirmation.answer", hasItem("PARTLY"));
        Api.anonymous()
                .get("/api/v1/services/riverside-path/ratings/summary")
                .then()
                .body("count", is(3))
                .body("enoughRatings", is(false));
    }
}
