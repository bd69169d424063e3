package org.coproduce.ideas;

import static org.coproduce.ideas.IdeaResourceTest.idea;
import static org.coproduce.ideas.IdeaResourceTest.proposed;
import static org.coproduce.ideas.IdeaResourceTest.serviceId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdeaListFiltersTest {

    private static String placed(String user, String title, double latitude, double longitude) {
        Map<String, Object> body = idea("homework-club", title);
        body.put("placeName", title);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        return proposed(user, body);
    }

    @Test
    void theBoundingBoxListsOnlyIdeasPlacedInsideIt() {
        String inside = placed("ivy", "Water butts at Kirkstall allotments", 53.8166, -1.6031);
        String outside = placed("ivy", "Compost bays at Roundhay allotments", 53.8390, -1.4990);
        String unplaced = proposed("ivy", idea("homework-club", "A seed swap every spring"));

        Api.anonymous()
                .queryParam("service", serviceId("homework-club"))
                .queryParam("bbox", "-1.62,53.80,-1.58,53.83")
                .get("/api/v1/ideas")
                .then()
                .statusCode(200)
                .body("items.id", contains(inside))
                .body("items.id", not(hasItem(outside)))
                .body("items.id", not(hasItem(unplaced)));
    }

    @Test
    void aMalformedBoundingBoxIsABadRequest() {
        for (String bbox : new String[] {"1,2,3", "a,b,c,d", "-1.5,53.9,-1.6,53.8", "0,0,200,10", "NaN,0,1,1"}) {
            Api.anonymous()
                    .queryParam("bbox", bbox)
                    .get("/api/v1/ideas")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", is("bbox"));
        }
    }

    @Test
    void myIdeasIncludeWithdrawnOnesButNotOtherPeoples() {
        String kept = proposed("jude", idea("homework-club", "Shared tool shed"));
        String withdrawn = proposed("jude", idea("homework-club", "A second tool shed"));
        String someoneElses = proposed("kit", idea("homework-club", "Rainwater harvesting"));
        Api.as("jude")
                .body(Map.of("status", "WITHDRAWN"))
                .post("/api/v1/ideas/" + withdrawn + "/status")
                .then()
                .statusCode(200);

        Api.as("jude")
                .get("/api/v1/me/ideas")
                .then()
                .statusCode(200)
                .body("items.id", contains(withdrawn, kept))
                .body("items[0].status", is("WITHDRAWN"))
                .body("items.id", not(hasItem(someoneElses)));
        Api.anonymous().get("/api/v1/me/ideas").then().statusCode(401);
    }
}
