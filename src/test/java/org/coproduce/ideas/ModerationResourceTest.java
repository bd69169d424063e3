package org.coproduce.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.ideas.IdeaResourceTest.idea;
import static org.coproduce.ideas.IdeaResourceTest.proposed;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModerationResourceTest {

    @Inject
    AuditLog audit;

    private static void report(String user, String type, String id) {
        Api.as(user)
                .body(Map.of("targetType", type, "targetId", id, "reason", "Names a neighbour"))
                .post("/api/v1/reports")
                .then()
                .statusCode(202);
    }

    @Test
    void reportedIdeasReachTheirOrganisationsQueueOnce() {
        String id = proposed("bob", idea("allotments", "Plot 12 is always messy, evict them"));
        report("carol", "idea", id);
        report("carol", "idea", id);
        report("dora", "idea", id);
        List<String> queue = Api.as("sam")
                .get("/api/v1/moderation/queue?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.targetId");
        assertThat(queue.stream().filter(id::equals)).hasSize(2);
        Api.as("olga")
                .get("/api/v1/moderation/queue?limit=100")
                .then()
                .statusCode(200)
                .body("items.targetId", not(hasItem(id)));
        Api.as("bob").get("/api/v1/moderation/queue").then().statusCode(403);
        Api.anonymous()
                .body(Map.of("targetType", "idea", "targetId", id, "reason", "x"))
                .post("/api/v1/reports")
                .then()
                .statusCode(401);
    }

    @Test
    void aHiddenIdeaIsGoneForThePublicMarkedForItsAuthorAndAudited() {
        String id = proposed("bob", idea("allotments", "Something a moderator will hide"));
        report("carol", "idea", id);
        Api.as("olga")
                .body(Map.of("reason", "Personal information"))
                .post("/api/v1/moderation/idea/" + id + "/hide")
                .then()
                .statusCode(403);
        Api.as("sam")
                .body(Map.of("reason", ""))
                .post("/api/v1/moderation/idea/" + id + "/hide")
                .then()
                .statusCode(400);
        Api.as("sam")
                .body(Map.of("reason", "Personal information"))
                .post("/api/v1/moderation/idea/" + id + "/hide")
                .then()
                .statusCode(204);
        Api.anonymous().get("/api/v1/ideas/" + id).then().statusCode(404);
        Api.as("carol")
                .body(Map.of("body", "Hello"))
                .post("/api/v1/ideas/" + id + "/comments")
                .then()
                .statusCode(404);
        Api.as("bob").get("/api/v1/ideas/" + id).then().statusCode(200).body("hidden", is(true));
        Api.anonymous().get("/api/v1/ideas?limit=100").then().body("items.id", not(hasItem(id)));
        Api.as("sam").get("/api/v1/moderation/queue?limit=100").then().body("items.targetId", not(hasItem(id)));
        assertThat(audit.forEntity("idea", UUID.fromString(id)))
                .extracting(e -> e.action)
                .contains("idea.hidden");

        Api.as("alice")
                .body(Map.of("reason", "Reviewed again: fine"))
                .post("/api/v1/moderation/idea/" + id + "/restore")
                .then()
                .statusCode(204);
        Api.anonymous().get("/api/v1/ideas/" + id).then().statusCode(200).body("hidden", is(false));
    }

    @Test
    void aHiddenCommentDisappearsForOthersButNotForItsAuthor() {
        String id = proposed("bob", idea("allotments", "An idea with a rude comment"));
        String comment = Api.as("carol")
                .body(Map.of("body", "Rude words"))
                .post("/api/v1/ideas/" + id + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        report("dora", "comment", comment);
        Api.as("sam")
                .body(Map.of("reason", "Abusive"))
                .post("/api/v1/moderation/comment/" + comment + "/hide")
                .then()
                .statusCode(204);
        Api.anonymous().get("/api/v1/ideas/" + id + "/comments").then().body("items.id", not(hasItem(comment)));
        Api.as("carol").get("/api/v1/ideas/" + id + "/comments").then().body("items[0].hidden", is(true));
    }

    @Test
    void unknownContentCannotBeReported() {
        Api.as("carol")
                .body(Map.of("targetType", "idea", "targetId", UUID.randomUUID().toString(), "reason", "x"))
                .post("/api/v1/reports")
                .then()
                .statusCode(404);
        Api.as("carol")
                .body(Map.of(
                        "targetType", "service", "targetId", UUID.randomUUID().toString(), "reason", "x"))
                .post("/api/v1/reports")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("targetType"));
    }
}
