package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** The audit log: searched by admins and by staff within their organisations, and unchangeable. */
@QuarkusTest
class AuditResourceTest {
    @Inject
    AgroalDataSource database;

    private static String ideaAnsweredBySam(String title) {
        String service = Api.anonymous()
                .get("/api/v1/services/community-gardens")
                .then()
                .extract()
                .path("id");
        String idea = Api.as("bob")
                .body(Map.of("serviceId", service, "title", title, "body", "Raised beds for wheelchair users."))
                .post("/api/v1/ideas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as("sam")
                .body(Map.of("status", "UNDER_REVIEW", "answer", "We are costing it."))
                .post("/api/v1/ideas/" + idea + "/status")
                .then()
                .statusCode(200);
        return idea;
    }

    @Test
    void staffSeeTheirOrganisationsEntriesAndAdminsSeeEveryone() {
        String title = "Raised beds " + System.nanoTime();
        String idea = ideaAnsweredBySam(title);

        Api.as("sam")
                .get("/api/v1/audit?entityId=" + idea)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].action", is("idea.status-changed"))
                .body("items[0].actorName", is("Sam"))
                .body("items[0].summary", containsString("from SUBMITTED to UNDER_REVIEW"))
                .body("items[0].requestId", notNullValue());
        Api.as("alice").get("/api/v1/audit?entityId=" + idea).then().body("items", hasSize(1));
        Api.as("olga")
                .get("/api/v1/audit?entityId=" + idea)
                .then()
                .statusCode(200)
                .body("items", empty());
        Api.as("bob").get("/api/v1/audit").then().statusCode(403);
        Api.anonymous().get("/api/v1/audit").then().statusCode(401);
        Api.asIntegrator("coproduce:read").get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void searchesByWordsActionAndTimeAndPagesThroughTheResults() {
        String title = "Searchable beds " + System.nanoTime();
        String idea = ideaAnsweredBySam(title);
        ideaAnsweredBySam(title + " again");

        Api.as("alice")
                .get("/api/v1/audit?q=" + title.toUpperCase())
                .then()
                .body("items", hasSize(2))
                .body("items.action", everyItem(is("idea.status-changed")));
        Api.as("alice").get("/api/v1/audit?action=idea&entityId=" + idea).then().body("items", hasSize(1));
        Api.as("alice")
                .get("/api/v1/audit?action=signup&entityId=" + idea)
                .then()
                .body("items", empty());
        Api.as("alice")
                .get("/api/v1/audit?entityId=" + idea + "&from=2999-01-01T00:00:00Z")
                .then()
                .body("items", empty());
        Api.as("alice")
                .get("/api/v1/audit?from=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("from"));
        Api.as("alice").get("/api/v1/audit?q=100%25_").then().statusCode(200).body("items", empty());

        String first = Api.as("alice")
                .get("/api/v1/audit?q=" + title + "&limit=1")
                .then()
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        Api.as("alice")
                .get("/api/v1/audit?q=" + title + "&limit=1&cursor=" + first)
                .then()
                .body("items", hasSize(1))
                .body("items[0].entityId", is(idea));
        Api.as("alice").get("/api/v1/audit?cursor=not-ours").then().statusCode(400);
    }

    @Test
    void theApplicationsOwnDatabaseConnectionCannotChangeOrDeleteAnEntry() throws SQLException {
        ideaAnsweredBySam("Unchangeable " + System.nanoTime());
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            long before = count(connection);
            for (String change : new String[] {
                "UPDATE audit_log SET summary = 'nothing happened'", "DELETE FROM audit_log", "TRUNCATE audit_log"
            }) {
                assertThatThrownBy(() -> connection.createStatement().execute(change))
                        .as(change)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            assertThat(count(connection)).isEqualTo(before);
        }
    }

    private static long count(Connection connection) throws SQLException {
        var rs = connection.createStatement().executeQuery("SELECT count(*) FROM audit_log");
        rs.next();
        return rs.getLong(1);
    }
}
