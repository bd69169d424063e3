package org.coproduce.ideas;

import static org.coproduce.ideas.IdeaResourceTest.idea;
import static org.coproduce.ideas.IdeaResourceTest.proposed;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentResourceTest {

    @Test
    void citizensCommentAndReplyOneLevelDeep() {
        String idea = proposed("bob", idea("riverside-path", "A handrail at the weir steps"));
        String comments = "/api/v1/ideas/" + idea + "/comments";
        String top = Api.as("carol")
                .body(Map.of("body", "Yes please, they are slippery."))
                .post(comments)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String reply = Api.as("bob")
                .body(Map.of("body", "Thanks!", "parentId", top))
                .post(comments)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as("carol")
                .body(Map.of("body", "A reply to a reply", "parentId", reply))
                .post(comments)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parentId"));
        Api.anonymous().body(Map.of("body", "Anonymous")).post(comments).then().statusCode(401);
        Api.as("carol").body(Map.of("body", "")).post(comments).then().statusCode(400);
        Api.anonymous()
                .get(comments)
                .then()
                .statusCode(200)
                .body("items.body", contains("Yes please, they are slippery.", "Thanks!"))
                .body("items[1].parentId", is(top));
    }

    @Test
    void authorsCorrectAndDeleteOnlyTheirOwnComments() {
        String idea = proposed("bob", idea("riverside-path", "Dog bins along the path"));
        String comments = "/api/v1/ideas/" + idea + "/comments";
        String id = Api.as("carol")
                .body(Map.of("body", "Good idae"))
                .post(comments)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as("bob")
                .body(Map.of("body", "Hijacked"))
                .put(comments + "/" + id)
                .then()
                .statusCode(403);
        Api.as("carol")
                .header("If-Match", "\"0\"")
                .body(Map.of("body", "Good idea"))
                .put(comments + "/" + id)
                .then()
                .statusCode(200)
                .body("body", is("Good idea"));
        Api.as("bob").delete(comments + "/" + id).then().statusCode(403);
        Api.as("carol").delete(comments + "/" + id).then().statusCode(204);
        Api.anonymous().get(comments).then().body("items[0].deleted", is(true)).body("items[0].body", nullValue());
    }

    @Test
    void aWithdrawnIdeaTakesNoComments() {
        String idea = proposed("bob", idea("riverside-path", "Soon withdrawn"));
        Api.as("bob")
                .body(Map.of("status", "WITHDRAWN"))
                .post("/api/v1/ideas/" + idea + "/status")
                .then()
                .statusCode(200);
        Api.as("carol")
                .body(Map.of("body", "Hello?"))
                .post("/api/v1/ideas/" + idea + "/comments")
                .then()
                .statusCode(404);
    }

    @Test
    void tooManyCommentsInAShortTimeAreRefusedWithRetryAfterAndNotPosted() {
        String idea = proposed("bob", idea("riverside-path", "An idea that gets a lot of comments"));
        String comments = "/api/v1/ideas/" + idea + "/comments";
        // The test profile allows 6 comments per person per 10 minutes.
        for (int i = 0; i < 6; i++) {
            Api.as("chatty")
                    .body(Map.of("body", "Comment " + i))
                    .post(comments)
                    .then()
                    .statusCode(201);
        }
        Api.as("chatty")
                .body(Map.of("body", "One too many"))
                .post(comments)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        Api.anonymous().get(comments).then().body("items.size()", is(6));
    }
}
