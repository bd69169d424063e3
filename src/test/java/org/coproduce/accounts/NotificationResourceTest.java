package org.coproduce.accounts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationResourceTest {

    private static String proposedBy(String user, String title) {
        String service = Api.anonymous()
                .get("/api/v1/services/home-library-service")
                .then()
                .extract()
                .path("id");
        return Api.as(user)
                .body(Map.of("serviceId", service, "title", title, "body", "Please consider it.", "tags", List.of()))
                .post("/api/v1/ideas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void authorAndSupportersHearOfAnAnswerAndTheAuthorOfAComment() {
        String idea = proposedBy("nina", "Large-print books on the home service");
        Api.as("omar").post("/api/v1/ideas/" + idea + "/supports").then().statusCode(200);
        Api.as("omar")
                .body(Map.of("body", "My gran would love this"))
                .post("/api/v1/ideas/" + idea + "/comments")
                .then()
                .statusCode(201);
        Api.as("alice")
                .body(Map.of("status", "UNDER_REVIEW", "answer", "We are pricing it"))
                .post("/api/v1/ideas/" + idea + "/status")
                .then()
                .statusCode(200);

        Api.as("nina")
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("unreadCount", is(2))
                .body("items.kind", contains("IDEA_STATUS_CHANGED", "IDEA_COMMENTED"))
                .body("items[0].detail", containsString("We are pricing it"))
                .body("items[0].link", is("/ideas/" + idea));
        Api.as("omar")
                .get("/api/v1/me/notifications")
                .then()
                .body("unreadCount", is(1))
                .body("items.kind", contains("IDEA_STATUS_CHANGED"));
        Api.as("alice").get("/api/v1/me/notifications").then().body("unreadCount", is(0));
    }

    @Test
    void peopleMarkTheirOwnNotificationsReadAndNobodyElses() {
        String idea = proposedBy("pia", "Audiobooks by post");
        Api.as("quinn")
                .body(Map.of("body", "Yes!"))
                .post("/api/v1/ideas/" + idea + "/comments")
                .then()
                .statusCode(201);
        String id =
                Api.as("pia").get("/api/v1/me/notifications").then().extract().path("items[0].id");
        Api.as("quinn").post("/api/v1/me/notifications/" + id + "/read").then().statusCode(404);
        Api.as("pia").post("/api/v1/me/notifications/" + id + "/read").then().statusCode(204);
        Api.as("pia")
                .get("/api/v1/me/notifications")
                .then()
                .body("unreadCount", is(0))
                .body("items[0].read", is(true));
        Api.anonymous().get("/api/v1/me/notifications").then().statusCode(401);
    }
}
