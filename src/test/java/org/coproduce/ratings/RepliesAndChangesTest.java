package org.coproduce.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.ratings.RatingFixtures.newParksService;
import static org.coproduce.ratings.RatingFixtures.rate;
import static org.coproduce.ratings.RatingFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RepliesAndChangesTest {
    @Inject
    AuditLog audit;

    @Inject
    Changes changes;

    @Inject
    org.coproduce.accounts.NotificationEmails emails;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    private static Map<String, Object> replyWithChange(String body, String what, LocalDate by) {
        return Map.of("body", body, "change", Map.of("what", what, "expectedBy", by.toString()));
    }

    @Test
    void staffOfTheOrganisationReplyOnceAndTheReviewerIsTold() {
        String service = newParksService();
        String reviewer = unique("reviewer");
        String rating = rate(reviewer, service, 2, "The benches are broken.");

        Api.as("olga")
                .body(Map.of("body", "Not ours to answer"))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(403);
        Api.as(reviewer)
                .body(Map.of("body", "Replying to myself"))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(403);
        Response replied = Api.as("sam")
                .body(Map.of("body", "Thank you, we have ordered new benches."))
                .post("/api/v1/ratings/" + rating + "/reply");
        replied.then()
                .statusCode(201)
                .body("reply.body", is("Thank you, we have ordered new benches."))
                .body("reply.authorName", is("Sam"))
                .body("change", nullValue());
        Api.as("sam")
                .body(Map.of("body", "A second reply"))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(409);
        Api.as("sam")
                .header("If-Match", "\"0\"")
                .body(Map.of("body", "Thank you: new benches arrive in March."))
                .put("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(200)
                .body("reply.body", is("Thank you: new benches arrive in March."))
                .body("reply.version", is(1));
        Api.as("sam")
                .header("If-Match", "\"0\"")
                .body(Map.of("body", "Stale"))
                .put("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(412);
        Api.as(reviewer)
                .get("/api/v1/me/notifications")
                .then()
                .body("items[0].kind", is("REVIEW_REPLIED"))
                .body("items[0].link", containsString("#review-" + rating));
        assertThat(audit.forEntity("rating", UUID.fromString(rating)))
                .extracting(e -> e.action)
                .contains("review.replied", "review.reply-edited");

        String plain = rate(unique("quiet"), service, 4, null);
        Api.as("sam")
                .body(Map.of("body", "Thanks"))
                .post("/api/v1/ratings/" + plain + "/reply")
                .then()
                .statusCode(409)
                .body("detail", containsString("Only reviews"));
    }

    @Test
    void aCommittedChangeIsMarkedDoneConfirmedByTheReviewerAndListed() {
        String service = newParksService();
        String reviewer = unique("reviewer");
        String rating = rate(reviewer, service, 1, "The toilets are always locked.");
        String changeId = Api.as("sam")
                .body(replyWithChange(
                        "Sorry. We are changing the opening hours.",
                        "The toilets open from 8am to 6pm every day.",
                        LocalDate.now().plusMonths(2)))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(201)
                .body("change.status", is("COMMITTED"))
                .extract()
                .path("change.id");

        Api.anonymous()
                .get("/api/v1/changes?service=" + service)
                .then()
                .statusCode(200)
                .body("items[0].id", is(changeId))
                .body("items[0].review", is("The toilets are always locked."))
                .body("items[0].reply", is("Sorry. We are changing the opening hours."))
                .body("items[0].confirmation", nullValue());
        Api.as(reviewer)
                .body(Map.of("answer", "YES"))
                .put("/api/v1/changes/" + changeId + "/confirmation")
                .then()
                .statusCode(409);

        Api.as("olga").post("/api/v1/changes/" + changeId + "/done").then().statusCode(403);
        Api.as("sam")
                .post("/api/v1/changes/" + changeId + "/done")
                .then()
                .statusCode(200)
                .body("status", is("DONE"))
                .body("askedAt", notNullValue());
        Api.as("sam").post("/api/v1/changes/" + changeId + "/done").then().statusCode(409);
        Api.as(reviewer)
                .get("/api/v1/me/notifications")
                .then()
                .body("items.kind", hasItem("CHANGE_CONFIRMATION_REQUESTED"))
                .body("items.link", hasItem("/changes/" + changeId));

        // The question also goes by email: in the daily digest, which is the default.
        mailbox.clear();
        emails.sendDigests();
        assertThat(mailbox.getMailsSentTo(reviewer + "@example.com"))
                .anySatisfy(mail -> assertThat(mail.getText())
                        .contains("Did this change happen? Did it make a difference?")
                        .contains("/changes/" + changeId));

        Api.as("someone-else")
                .body(Map.of("answer", "NO"))
                .put("/api/v1/changes/" + changeId + "/confirmation")
                .then()
                .statusCode(403);
        Api.as(reviewer)
                .body(Map.of("answer", "MAYBE"))
                .put("/api/v1/changes/" + changeId + "/confirmation")
                .then()
                .statusCode(400);
        Api.as(reviewer)
                .body(Map.of("answer", "PARTLY", "comment", "Open now, but not at weekends."))
                .put("/api/v1/changes/" + changeId + "/confirmation")
                .then()
                .statusCode(200)
                .body("confirmation.answer", is("PARTLY"))
                .body("yours", is(true));
        Api.anonymous()
                .get("/api/v1/changes?service=" + service + "&status=done")
                .then()
                .body("items[0].confirmation.answer", is("PARTLY"))
                .body("items[0].confirmation.comment", is("Open now, but not at weekends."))
                .body("items[0].yours", is(false));
        Api.anonymous()
                .get("/api/v1/changes?service=" + service + "&status=committed")
                .then()
                .body("items.size()", is(0));
        Api.anonymous().get("/api/v1/changes?status=later").then().statusCode(400);

        // The promise cannot be dropped from the reply, nor reworded once done.
        Api.as("sam")
                .body(Map.of("body", "Edited"))
                .put("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(409);
        Api.as("sam")
                .body(replyWithChange("Edited", "Something else", LocalDate.now()))
                .put("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(409);
    }

    @Test
    void reviewersAreAskedWhenTheDateComesEvenIfStaffForgetToMarkItDone() {
        String service = newParksService();
        String reviewer = unique("reviewer");
        String rating = rate(reviewer, service, 2, "The path floods.");
        String changeId = Api.as("sam")
                .body(replyWithChange("We will raise it.", "The path is raised by 20 cm.", LocalDate.now()))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(201)
                .extract()
                .path("change.id");

        assertThat(changes.askDue()).isGreaterThanOrEqualTo(1);
        assertThat(changes.askDue()).isZero();
        Api.anonymous()
                .get("/api/v1/changes/" + changeId)
                .then()
                .body("status", is("COMMITTED"))
                .body("askedAt", notNullValue());
        Api.as(reviewer)
                .body(Map.of("answer", "NO", "comment", "Still floods."))
                .put("/api/v1/changes/" + changeId + "/confirmation")
                .then()
                .statusCode(200);
        // Marking it done later does not ask a second time.
        Api.as("sam").post("/api/v1/changes/" + changeId + "/done").then().statusCode(200);
        Api.as(reviewer)
                .get("/api/v1/me/notifications?limit=100")
                .then()
                .body("items.findAll { it.kind == 'CHANGE_CONFIRMATION_REQUESTED' }.size()", is(1));
    }

    @Test
    void reviewsAreReportedAndHiddenThroughModerationWhileTheirScoresStillCount() {
        String service = newParksService();
        String reviewer = unique("reviewer");
        String rating = rate(reviewer, service, 1, "The warden at the gate is a liar, his name is ...");
        Api.as("carol")
                .body(Map.of("targetType", "review", "targetId", rating, "reason", "Names a member of staff"))
                .post("/api/v1/reports")
                .then()
                .statusCode(202);
        Api.as("sam")
                .get("/api/v1/moderation/queue?limit=100")
                .then()
                .body("items.find { it.targetId == '" + rating + "' }.targetType", is("review"))
                .body(
                        "items.find { it.targetId == '" + rating + "' }.link",
                        containsString("/reviews#review-" + rating));
        Api.as("olga")
                .body(Map.of("reason", "Personal information"))
                .post("/api/v1/moderation/review/" + rating + "/hide")
                .then()
                .statusCode(403);
        Api.as("sam")
                .body(Map.of("reason", "Personal information"))
                .post("/api/v1/moderation/review/" + rating + "/hide")
                .then()
                .statusCode(204);

        Api.anonymous().get("/api/v1/services/" + service + "/ratings").then().body("items.id", not(hasItem(rating)));
        Api.anonymous().get("/api/v1/ratings/" + rating).then().statusCode(404);
        Api.as(reviewer)
                .get("/api/v1/ratings/" + rating)
                .then()
                .statusCode(200)
                .body("hidden", is(true))
                .body("review", containsString("liar"));
        Api.anonymous()
                .get("/api/v1/services/" + service + "/ratings/summary")
                .then()
                .body("count", is(1));
        Api.as("carol")
                .body(Map.of("targetType", "review", "targetId", rating, "reason", "again"))
                .post("/api/v1/reports")
                .then()
                .statusCode(404);
        Api.as("sam")
                .body(Map.of("body", "Reply to hidden"))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(409);
        Api.as("sam").get("/api/v1/ratings/awaiting-reply?limit=100").then().body("items.id", not(hasItem(rating)));
    }

    @Test
    void staffSeeTheirOwnReviewsAwaitingReplyOldestFirst() {
        String service = newParksService();
        String first = rate(unique("r"), service, 3, "First");
        String second = rate(unique("r"), service, 4, "Second");
        Api.as("sam")
                .get("/api/v1/ratings/awaiting-reply?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(first))
                .body("items.id", hasItem(second));
        Api.as("olga").get("/api/v1/ratings/awaiting-reply?limit=100").then().body("items.id", not(hasItem(first)));
        Api.as("bob").get("/api/v1/ratings/awaiting-reply").then().statusCode(403);
        Api.as("sam")
                .body(Map.of("body", "Thanks"))
                .post("/api/v1/ratings/" + first + "/reply")
                .then()
                .statusCode(201);
        Api.as("sam").get("/api/v1/ratings/awaiting-reply?limit=100").then().body("items.id", not(hasItem(first)));
    }
}
