package org.coproduce.ideas;

import static org.coproduce.ideas.IdeaResourceTest.idea;
import static org.coproduce.ideas.IdeaResourceTest.proposed;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoauthorResourceTest {

    private static String meId(String user) {
        return Api.as(user).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static void invite(String author, String idea, String email, int status) {
        Api.as(author)
                .body(Map.of("email", email))
                .post("/api/v1/ideas/" + idea + "/coauthors")
                .then()
                .statusCode(status);
    }

    @Test
    void aCitizenAndAPractitionerDesignTogether() {
        String idea = proposed("cora", idea("riverside-path", "A volunteer lamp-check rota"));
        String sam = meId("sam");

        invite("cora", idea, "sam@example.com", 200);
        // Invited, not yet a co-author: the public does not see it, the invitee is told.
        Api.anonymous().get("/api/v1/ideas/" + idea + "/coauthors").then().body("items", empty());
        Api.anonymous().get("/api/v1/ideas/" + idea).then().body("coauthors", empty());
        Api.as("cora")
                .get("/api/v1/ideas/" + idea + "/coauthors")
                .then()
                .body("items.state", contains("INVITED"))
                .body("items[0].person.displayName", is("Sam"));
        Api.as("sam")
                .get("/api/v1/me/notifications")
                .then()
                .body("items.kind", hasItem("COAUTHOR_INVITED"))
                .body("items.find { it.kind == 'COAUTHOR_INVITED' }.link", is("/ideas/" + idea));
        // Inviting again changes nothing.
        invite("cora", idea, "SAM@example.com", 200);
        Api.as("cora").get("/api/v1/ideas/" + idea + "/coauthors").then().body("items.size()", is(1));

        Api.as("bob")
                .post("/api/v1/ideas/" + idea + "/coauthors/" + sam + "/accept")
                .then()
                .statusCode(403);
        Api.as("sam")
                .post("/api/v1/ideas/" + idea + "/coauthors/" + sam + "/accept")
                .then()
                .statusCode(200)
                .body("state", is("ACCEPTED"));
        Api.anonymous().get("/api/v1/ideas/" + idea).then().body("coauthors.displayName", contains("Sam"));
        Api.as("cora").get("/api/v1/me/notifications").then().body("items.kind", hasItem("COAUTHOR_ACCEPTED"));

        // The co-author edits it, finds it in their own list and in the author filter, and cannot support it.
        String etag =
                Api.as("sam").get("/api/v1/ideas/" + idea).then().extract().header("ETag");
        Map<String, Object> changed = idea("riverside-path", "A volunteer lamp-check rota, with the rangers");
        Api.as("sam")
                .header("If-Match", etag)
                .body(changed)
                .put("/api/v1/ideas/" + idea)
                .then()
                .statusCode(200)
                .body("title", is("A volunteer lamp-check rota, with the rangers"));
        Api.as("sam").get("/api/v1/me/ideas").then().body("items.id", hasItem(idea));
        Api.anonymous().get("/api/v1/ideas?author=" + sam).then().body("items.id", hasItem(idea));
        Api.as("sam").post("/api/v1/ideas/" + idea + "/supports").then().statusCode(409);

        // Only the author withdraws; a co-author leaves; the author removes anyone.
        Api.as("sam")
                .body(Map.of("status", "WITHDRAWN"))
                .post("/api/v1/ideas/" + idea + "/status")
                .then()
                .statusCode(403);
        Api.as("sam")
                .delete("/api/v1/ideas/" + idea + "/coauthors/" + sam)
                .then()
                .statusCode(204);
        Api.anonymous().get("/api/v1/ideas/" + idea).then().body("coauthors", empty());
        Api.as("sam").get("/api/v1/me/ideas").then().body("items.id", not(hasItem(idea)));
        Api.as("sam")
                .delete("/api/v1/ideas/" + idea + "/coauthors/" + sam)
                .then()
                .statusCode(404);
    }

    @Test
    void coauthorsHearWhenStaffAnswer() {
        String idea = proposed("dora", idea("riverside-path", "Benches every 200 metres"));
        invite("dora", idea, "eli@example.com", 200);
        String eli = meId("eli");
        Api.as("eli")
                .post("/api/v1/ideas/" + idea + "/coauthors/" + eli + "/accept")
                .then()
                .statusCode(200);
        Api.as("sam")
                .body(Map.of("status", "UNDER_REVIEW"))
                .post("/api/v1/ideas/" + idea + "/status")
                .then()
                .statusCode(200);
        Api.as("eli").get("/api/v1/me/notifications").then().body("items.kind", hasItem("IDEA_STATUS_CHANGED"));
    }

    @Test
    void invitationsAreRefusedWhenTheyMakeNoSense() {
        String idea = proposed("fay", idea("riverside-path", "Mile markers on the towpath"));
        invite("gus", idea, "hal@example.com", 403);
        invite("fay", idea, "fay@example.com", 400);
        invite("fay", idea, "not an email", 400);
        Api.anonymous()
                .body(Map.of("email", "hal@example.com"))
                .post("/api/v1/ideas/" + idea + "/coauthors")
                .then()
                .statusCode(401);
        for (int i = 1; i <= Coauthors.MAX_PER_IDEA; i++) {
            invite("fay", idea, "helper" + i + "@example.com", 200);
        }
        invite("fay", idea, "one-too-many@example.com", 409);
        // Someone invited before they ever signed in accepts on their first visit.
        String helper = meId("helper1");
        Api.as("helper1")
                .post("/api/v1/ideas/" + idea + "/coauthors/" + helper + "/accept")
                .then()
                .statusCode(200);
        Api.as("fay")
                .get("/api/v1/ideas/" + idea + "/coauthors")
                .then()
                .body("items.size()", is(Coauthors.MAX_PER_IDEA))
                .body("items.findAll { it.state == 'ACCEPTED' }.size()", is(1));
    }
}
