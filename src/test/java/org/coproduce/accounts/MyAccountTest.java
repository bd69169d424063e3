package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.client.OidcTestClient;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * My account: name and language, per-kind email choices, "download my data" with every kind of
 * record a citizen makes, and erasure that leaves no trace of them in the whole database while
 * their public content and every count stay.
 */
@QuarkusTest
class MyAccountTest {
    @Inject
    AgroalDataSource database;

    private static String id(String slug, String kind) {
        return Api.anonymous()
                .get("/api/v1/" + kind + "/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    private static String proposed(String user, String title) {
        return Api.as(user)
                .body(Map.of(
                        "serviceId", id("riverside-path", "services"), "title", title, "body", "Lights on the path."))
                .post("/api/v1/ideas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A shift of one place, three days ahead, of a new published Riverside Parks opportunity. */
    private static String shiftOfOnePlace() {
        Map<String, Object> opportunity = new HashMap<>();
        opportunity.put("serviceId", id("community-gardens", "services"));
        opportunity.put("title", "Pruning day " + System.nanoTime());
        opportunity.put("description", "Help us prune the orchard.");
        opportunity.put("placeName", "Mill Lane community garden");
        opportunity.put("state", "PUBLISHED");
        String opportunityId = Api.as("sam")
                .body(opportunity)
                .post("/api/v1/opportunities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(3));
        return Api.as("sam")
                .body(Map.of(
                        "startsAt", start.toString(),
                        "endsAt", start.plus(Duration.ofHours(3)).toString(),
                        "capacity", 1,
                        "signupOpensAt", Instant.now().minus(Duration.ofDays(1)).toString()))
                .post("/api/v1/opportunities/" + opportunityId + "/shifts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aCitizenChangesTheirNameAndLanguageAndChoosesEmailsByKind() {
        String user = "nia" + UUID.randomUUID().toString().substring(0, 6);
        Api.as(user).get("/api/v1/me/account").then().statusCode(200).body("displayNameChosen", is(false));
        Api.as(user)
                .body(Map.of("displayName", " ", "language", "fr"))
                .put("/api/v1/me/account")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("language"));
        Api.as(user)
                .body(Map.of("displayName", "Nia Rees", "language", "cy"))
                .put("/api/v1/me/account")
                .then()
                .statusCode(200)
                .body("displayName", is("Nia Rees"))
                .body("language", is("cy"))
                .body("displayNameChosen", is(true));
        // The chosen name stays when the identity provider's name is different at the next request,
        // and the language comes with the person, so the portal opens in it on another device.
        Api.as(user)
                .get("/api/v1/me")
                .then()
                .body("displayName", is("Nia Rees"))
                .body("language", is("cy"));
        Map<String, Object> nameBack = new HashMap<>();
        nameBack.put("displayName", null);
        nameBack.put("language", null);
        Api.as(user)
                .body(nameBack)
                .put("/api/v1/me/account")
                .then()
                .statusCode(200)
                .body("displayName", not(is("Nia Rees")))
                .body("displayNameChosen", is(false));
        Api.as(user).get("/api/v1/me").then().body("language", nullValue());

        Api.as(user)
                .body(Map.of("emailFrequency", "IMMEDIATE", "byKind", Map.of("NO_SUCH_KIND", "NONE")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(400);
        Api.as(user)
                .body(Map.of("emailFrequency", "IMMEDIATE", "byKind", Map.of("IDEA_COMMENTED", "NONE")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("byKind.IDEA_COMMENTED", is("NONE"));
        Api.as(user)
                .get("/api/v1/me/notification-settings")
                .then()
                .body("emailFrequency", is("IMMEDIATE"))
                .body("byKind.IDEA_COMMENTED", is("NONE"));
    }

    @Test
    void theExportHoldsEveryKindOfRecordAndErasureLeavesNoTraceButKeepsPublicContentAndCounts() throws Exception {
        String user = "erin" + UUID.randomUUID().toString().substring(0, 6);
        String name = "Erin Evans-" + UUID.randomUUID().toString().substring(0, 6);
        String oldToken = Tokens.of(user);
        Api.as(user)
                .body(Map.of("displayName", name, "language", "en"))
                .put("/api/v1/me/account")
                .then()
                .statusCode(200);
        JsonPath profile =
                Api.as(user).get("/api/v1/me/profile").then().extract().jsonPath();
        String area = profile.getString("areas[0].code");
        Api.as(user)
                .body(Map.of("area", area, "answers", Map.of("AGE_BAND", profile.getString("questions[0].answers[0]"))))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200);
        Api.as(user)
                .body(Map.of("emailFrequency", "DAILY_DIGEST", "byKind", Map.of("IDEA_COMMENTED", "IMMEDIATE")))
                .put("/api/v1/me/notification-settings")
                .then()
                .statusCode(200);

        // Co-design: an idea, a comment, a support, a report, a co-authorship (and notifications).
        String myIdea = proposed(user, "Benches by the pond");
        String bobsIdea = proposed("bob", "Lights on the towpath " + System.nanoTime());
        Api.as(user)
                .body(Map.of("body", "Yes, and solar ones please."))
                .post("/api/v1/ideas/" + bobsIdea + "/comments")
                .then()
                .statusCode(201);
        Api.as("bob")
                .body(Map.of("body", "Good idea."))
                .post("/api/v1/ideas/" + myIdea + "/comments")
                .then()
                .statusCode(201);
        Api.as(user).post("/api/v1/ideas/" + bobsIdea + "/supports").then().statusCode(200);
        Api.as(user)
                .body(Map.of("targetType", "idea", "targetId", bobsIdea, "reason", "Duplicate of another idea"))
                .post("/api/v1/reports")
                .then()
                .statusCode(202);
        String me = Api.as(user).get("/api/v1/me").then().extract().path("id");
        String email = Api.as(user).get("/api/v1/me").then().extract().path("email");
        Api.as("bob")
                .body(Map.of("email", email))
                .post("/api/v1/ideas/" + bobsIdea + "/coauthors")
                .then()
                .statusCode(200);
        Api.as(user)
                .post("/api/v1/ideas/" + bobsIdea + "/coauthors/" + me + "/accept")
                .then()
                .statusCode(200);

        // Co-delivery: the one place on a shift (carol waits behind), and everyday help.
        String shift = shiftOfOnePlace();
        Api.as(user)
                .body("{}")
                .post("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(201);
        Api.as("carol")
                .body("{}")
                .post("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(201)
                .body("status", is("WAITLISTED"));
        String kind = Api.as("olga")
                .body(Map.of("serviceId", id("street-cleaning", "services"), "name", "Litter picked"))
                .post("/api/v1/contributions/kinds")
                .then()
                .extract()
                .path("id");
        Api.as(user)
                .body(Map.of(
                        "serviceId",
                        id("street-cleaning", "services"),
                        "kindId",
                        kind,
                        "date",
                        LocalDate.now(ZoneId.of("Europe/London")).toString(),
                        "hours",
                        2,
                        "note",
                        "Bags left at 12 Mill Lane"))
                .post("/api/v1/contributions")
                .then()
                .statusCode(201);

        // Co-assessment: a review, a promised change, and my answer on whether it happened.
        String gardens = id("community-gardens", "services");
        String rating = Api.as(user)
                .body(Map.of("overall", 2, "review", "The gate is broken."))
                .post("/api/v1/services/" + gardens + "/ratings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String change = Api.as("sam")
                .body(Map.of(
                        "body",
                        "Sorry: we will fix it.",
                        "change",
                        Map.of(
                                "what",
                                "A new gate",
                                "expectedBy",
                                LocalDate.now().plusDays(30).toString())))
                .post("/api/v1/ratings/" + rating + "/reply")
                .then()
                .statusCode(201)
                .extract()
                .path("change.id");
        Api.as("sam").post("/api/v1/changes/" + change + "/done").then().statusCode(200);
        Api.as(user)
                .body(Map.of("answer", "YES", "comment", "Fixed last week."))
                .put("/api/v1/changes/" + change + "/confirmation")
                .then()
                .statusCode(200);

        JsonPath export = Api.as(user)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", is("attachment; filename=\"coproduce-my-data.json\""))
                .extract()
                .jsonPath();
        assertThat(export.getString("account.displayName")).isEqualTo(name);
        assertThat(export.getString("account.email")).isEqualTo(email);
        assertThat(export.getString("profile.area")).isEqualTo(area);
        assertThat(export.getString("notificationSettings.byKind[0].kind")).isEqualTo("IDEA_COMMENTED");
        assertThat(export.getList("ideas.id")).containsExactly(myIdea);
        assertThat(export.getList("comments.body")).containsExactly("Yes, and solar ones please.");
        assertThat(export.getList("supports.ideaId")).containsExactly(bobsIdea);
        assertThat(export.getList("reports.targetId")).containsExactly(bobsIdea);
        assertThat(export.getList("coauthorships.ideaId")).containsExactly(bobsIdea);
        assertThat(export.getList("signups.shiftId")).containsExactly(shift);
        assertThat(export.getList("contributions.note")).containsExactly("Bags left at 12 Mill Lane");
        assertThat(export.getList("ratings.review")).containsExactly("The gate is broken.");
        assertThat(export.getList("changeConfirmations.answer")).containsExactly("YES");
        assertThat(export.getList("notifications.kind"))
                .contains("IDEA_COMMENTED", "COAUTHOR_INVITED", "CHANGE_CONFIRMATION_REQUESTED");
        String subject = export.getString("account.signInSubject");
        assertThat(subject).isNotBlank();

        long summaryCount = Api.anonymous()
                .get("/api/v1/services/" + gardens + "/ratings/summary")
                .then()
                .extract()
                .jsonPath()
                .getLong("count");
        int supports = Api.anonymous()
                .get("/api/v1/ideas/" + bobsIdea)
                .then()
                .extract()
                .path("supportCount");

        Api.as(user).delete("/api/v1/me").then().statusCode(400).body("errors[0].field", is("confirm"));
        Api.as(user).get("/api/v1/me").then().statusCode(200).body("displayName", is(name));

        Api.as(user).delete("/api/v1/me?confirm=erase-my-account").then().statusCode(204);

        // Their sessions end: the token they held is refused.
        RestAssured.given().auth().oauth2(oldToken).get("/api/v1/me").then().statusCode(401);
        // Nothing in the whole database names them.
        for (String trace : List.of(name, email, subject, user)) {
            assertThat(rowsMentioning(trace)).as("rows that mention " + trace).isEmpty();
        }
        // What they wrote in public stays, as a former participant's; counts stay as they were.
        Api.anonymous()
                .get("/api/v1/ideas/" + myIdea)
                .then()
                .statusCode(200)
                .body("author.displayName", is("Former participant"));
        Api.anonymous()
                .get("/api/v1/ideas/" + bobsIdea)
                .then()
                .body("supportCount", is(supports))
                .body("coauthors.displayName", hasItem("Former participant"));
        Api.anonymous()
                .get("/api/v1/services/" + gardens + "/ratings/summary")
                .then()
                .body("count", is((int) summaryCount));
        // Their place went to the first on the waitlist.
        Api.as("carol")
                .get("/api/v1/me/signups")
                .then()
                .body("items.find { it.shift.id == '" + shift + "' }.status", is("CONFIRMED"));

        // Signing in again with the same identity makes a new, empty person.
        String fresh = new OidcTestClient().getAccessToken(user, user);
        JsonPath again = RestAssured.given()
                .auth()
                .oauth2(fresh)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", notNullValue())
                .extract()
                .jsonPath();
        assertThat(again.getString("id")).isNotEqualTo(me);
        RestAssured.given()
                .auth()
                .oauth2(fresh)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("ideas", empty())
                .body("ratings", empty());
    }

    /** Every row of every table whose text mentions {@code needle}, as "table: row". */
    private List<String> rowsMentioning(String needle) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection
                    .createStatement()
                    .executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                            + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT t::text FROM \"" + table + "\" t WHERE strpos(lower(t::text), lower(?)) > 0")) {
                    query.setString(1, needle);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            found.add(table + ": " + rs.getString(1));
                        }
                    }
                }
            }
        }
        return found;
    }
}
