package org.coproduce.volunteering;

import static org.coproduce.volunteering.Volunteering.NOW;
import static org.coproduce.volunteering.Volunteering.addShift;
import static org.coproduce.volunteering.Volunteering.created;
import static org.coproduce.volunteering.Volunteering.opportunity;
import static org.coproduce.volunteering.Volunteering.published;
import static org.coproduce.volunteering.Volunteering.serviceId;
import static org.coproduce.volunteering.Volunteering.shift;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpportunityResourceTest {

    @Test
    void staffPublishAnOpportunityWithShiftsAndEveryoneSeesIt() {
        String id = published("Planting bulbs at Mill Lane");
        String shift = addShift(id, shift(NOW.plus(Duration.ofDays(10)), Duration.ofHours(2), 8));

        Api.anonymous()
                .get("/api/v1/opportunities/" + id)
                .then()
                .statusCode(200)
                .body("title", is("Planting bulbs at Mill Lane"))
                .body("skills", hasItem("gardening"))
                .body("placesLeft", is(8))
                .body("nextShiftAt", notNullValue());
        Api.anonymous()
                .get("/api/v1/opportunities/" + id + "/shifts")
                .then()
                .body("items[0].id", is(shift))
                .body("items[0].hours", is(2.0f))
                .body("items[0].placesLeft", is(8))
                .body("items[0].signupOpen", is(true))
                .body("items[0].checkInCode", nullValue());
        Api.as("sam").get("/api/v1/shifts/" + shift).then().body("checkInCode", notNullValue());
        Api.anonymous()
                .queryParam("service", serviceId("community-gardens"))
                .queryParam("hasPlaces", true)
                .get("/api/v1/opportunities")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void draftsAreHiddenAndOnlyStaffOfTheOrganisationManage() {
        Map<String, Object> draft = opportunity("community-gardens", "Hedge laying (draft)");
        draft.put("state", "DRAFT");
        String id = created("sam", draft);
        Api.anonymous().get("/api/v1/opportunities/" + id).then().statusCode(404);
        Api.as("sam").get("/api/v1/opportunities/" + id).then().statusCode(200);
        Api.anonymous().get("/api/v1/opportunities").then().body("items.id", not(hasItem(id)));

        Api.as("olga")
                .body(opportunity("community-gardens", "Not my service"))
                .post("/api/v1/opportunities")
                .then()
                .statusCode(403);
        Api.as("bob")
                .body(opportunity("community-gardens", "Citizens cannot"))
                .post("/api/v1/opportunities")
                .then()
                .statusCode(403);
        String open = published("Path clearing");
        Api.as("olga")
                .body(shift(NOW.plus(Duration.ofDays(3)), Duration.ofHours(2), 4))
                .post("/api/v1/opportunities/" + open + "/shifts")
                .then()
                .statusCode(403);
    }

    @Test
    void badShiftsAndOpportunitiesAreRefusedWithTheirFields() {
        String id = published("Pond dipping");
        Instant start = NOW.plus(Duration.ofDays(5));
        Map<String, Object> backwards = shift(start, Duration.ofHours(2), 4);
        backwards.put("endsAt", start.minus(Duration.ofHours(1)).toString());
        Api.as("sam")
                .body(backwards)
                .post("/api/v1/opportunities/" + id + "/shifts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("endsAt"));
        Map<String, Object> noPlaces = shift(start, Duration.ofHours(2), 0);
        Api.as("sam")
                .body(noPlaces)
                .post("/api/v1/opportunities/" + id + "/shifts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("capacity"));
        Map<String, Object> lateDeadline = shift(start, Duration.ofHours(2), 4);
        lateDeadline.put("cancelDeadline", start.plus(Duration.ofHours(1)).toString());
        Api.as("sam")
                .body(lateDeadline)
                .post("/api/v1/opportunities/" + id + "/shifts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cancelDeadline"));
        Map<String, Object> untitled = opportunity("community-gardens", "");
        Api.as("sam")
                .body(untitled)
                .post("/api/v1/opportunities")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        Api.anonymous().get("/api/v1/opportunities?from=tomorrow").then().statusCode(400);
        // Well-formed as a cursor, but its keys are not a time and an id.
        String forged = org.coproduce.shared.api.Cursors.encode("yesterday", "not-an-id");
        Api.anonymous()
                .get("/api/v1/opportunities?cursor=" + forged)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void aShiftAcrossTheClockChangeCountsItsRealHours() {
        String id = published("Night survey of bats");
        // 00:00 to 03:00 UTC on 28 March 2027: UK clocks go forward at 01:00 UTC, so 00:00 to 04:00 local time.
        Map<String, Object> night = shift(Instant.parse("2027-03-28T00:00:00Z"), Duration.ofHours(3), 6);
        String shift = addShift(id, night);
        Api.anonymous()
                .get("/api/v1/shifts/" + shift)
                .then()
                .body("startsAt", is("2027-03-28T00:00:00Z"))
                .body("endsAt", is("2027-03-28T03:00:00Z"))
                .body("hours", is(3.0f));
    }
}
