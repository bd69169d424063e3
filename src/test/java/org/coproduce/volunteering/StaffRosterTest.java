package org.coproduce.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.volunteering.Volunteering.NOW;
import static org.coproduce.volunteering.Volunteering.addShift;
import static org.coproduce.volunteering.Volunteering.published;
import static org.coproduce.volunteering.Volunteering.shift;
import static org.coproduce.volunteering.Volunteering.shiftIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffRosterTest {

    private static String signUp(String user, String shift) {
        return Api.as(user)
                .body("{}")
                .post("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void staffAssignAboveCapacityOnlyWithAReasonAndTheRosterShowsEveryone() {
        String shift = shiftIn(70, 1);
        signUp("fern", shift);
        signUp("gil", shift); // waitlisted

        Api.as("sam")
                .body(Map.of("email", "hana@example.com"))
                .post("/api/v1/shifts/" + shift + "/assignments")
                .then()
                .statusCode(409)
                .body("detail", containsString("give a reason"));
        Api.as("sam")
                .body(Map.of("email", "hana@example.com", "overCapacityReason", "Hana leads the session"))
                .post("/api/v1/shifts/" + shift + "/assignments")
                .then()
                .statusCode(201)
                .body("status", is("CONFIRMED"));
        Api.as("olga")
                .body(Map.of("email", "ivan@example.com", "overCapacityReason", "Not my shift"))
                .post("/api/v1/shifts/" + shift + "/assignments")
                .then()
                .statusCode(403);
        Api.as("gil").get("/api/v1/shifts/" + shift + "/signups").then().statusCode(403);

        Api.as("sam")
                .get("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(200)
                .body("confirmed.size()", is(2))
                .body("confirmed.person.email", hasItem("hana@example.com"))
                .body("waitlisted[0].waitlistPosition", is(1))
                .body("shift.extraPlaces", is(1));
        String csv = Api.as("sam")
                .accept("text/csv")
                .get("/api/v1/shifts/" + shift + "/signups.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("name,email,status").contains("\"WAITLISTED\",\"1\"");
    }

    @Test
    void staffMoveSomeoneToAnotherShiftAndTheirPlaceGoesToTheWaitlist() {
        String opportunity = published("Bulb planting " + System.nanoTime());
        String saturday = addShift(opportunity, shift(NOW.plus(Duration.ofDays(80)), Duration.ofHours(2), 1));
        String sunday = addShift(opportunity, shift(NOW.plus(Duration.ofDays(81)), Duration.ofHours(2), 3));
        String jon = signUp("jon", saturday);
        signUp("kay", saturday); // waitlisted

        Api.as("sam")
                .body(Map.of("shiftId", sunday))
                .post("/api/v1/signups/" + jon + "/move")
                .then()
                .statusCode(200)
                .body("shift.id", is(sunday))
                .body("status", is("CONFIRMED"));
        Api.as("sam")
                .get("/api/v1/shifts/" + saturday + "/signups")
                .then()
                .body("confirmed.person.displayName", hasItem("Kay"))
                .body("waitlisted.size()", is(0));
        Api.as("kay").get("/api/v1/me/notifications").then().body("items.kind", hasItem("SIGNUP_PROMOTED"));
        Api.as("jon").get("/api/v1/me/notifications").then().body("items.kind", hasItem("SIGNUP_CHANGED"));
    }

    @Test
    void staffMarkAttendanceFromTheStartAndApproveHoursThatPeopleThenSee() {
        String opportunity = published("Beach clean " + System.nanoTime());
        Map<String, Object> started = shift(NOW.minus(Duration.ofHours(1)), Duration.ofHours(3), 5);
        started.put("signupClosesAt", NOW.plus(Duration.ofHours(1)).toString());
        started.put("cancelDeadline", NOW.minus(Duration.ofHours(2)).toString());
        String now = addShift(opportunity, started);
        String future = addShift(opportunity, shift(NOW.plus(Duration.ofDays(90)), Duration.ofHours(2), 5));
        String lia = signUp("lia", now);
        String max = signUp("max", now);
        String ned = signUp("ned", future);

        Api.as("sam")
                .body(Map.of("attendance", "ATTENDED"))
                .put("/api/v1/signups/" + ned + "/attendance")
                .then()
                .statusCode(409)
                .body("detail", containsString("from the start of the shift"));
        Api.as("olga")
                .body(Map.of("attendance", "ATTENDED"))
                .put("/api/v1/signups/" + lia + "/attendance")
                .then()
                .statusCode(403);
        Api.as("sam")
                .body(Map.of("attendance", "ATTENDED"))
                .put("/api/v1/signups/" + lia + "/attendance")
                .then()
                .statusCode(200)
                .body("hours", is(3.0f))
                .body("hoursApproved", is(false));
        Api.as("sam")
                .body(Map.of("attendance", "NO_SHOW", "hours", 2))
                .put("/api/v1/signups/" + max + "/attendance")
                .then()
                .statusCode(400);
        Api.as("sam")
                .body(Map.of("attendance", "NO_SHOW"))
                .put("/api/v1/signups/" + max + "/attendance")
                .then()
                .statusCode(200);
        Api.as("sam")
                .body(Map.of("attendance", "ATTENDED", "hours", 30))
                .put("/api/v1/signups/" + lia + "/attendance")
                .then()
                .statusCode(400);

        Api.as("lia")
                .get("/api/v1/me/hours")
                .then()
                .body("approvedHours", is(0))
                .body("pendingHours", is(3.0f));
        Api.as("sam")
                .post("/api/v1/shifts/" + now + "/approve-hours")
                .then()
                .statusCode(200)
                .body("confirmed.find { it.person.displayName == 'Lia' }.hoursApproved", is(true));
        Api.as("lia")
                .get("/api/v1/me/hours")
                .then()
                .body("approvedHours", is(3.0f))
                .body("pendingHours", is(0))
                .body("shiftsAttended", is(1));
        Api.as("max").get("/api/v1/me/hours").then().body("approvedHours", is(0));
    }

    @Test
    void volunteersCheckInWithTheCodeShownOnSite() {
        String opportunity = published("Park run marshals " + System.nanoTime());
        Map<String, Object> started = shift(NOW.minus(Duration.ofMinutes(10)), Duration.ofHours(2), 5);
        started.put("signupClosesAt", NOW.plus(Duration.ofHours(1)).toString());
        started.put("cancelDeadline", NOW.minus(Duration.ofHours(2)).toString());
        String shift = addShift(opportunity, started);
        signUp("oli", shift);
        String code =
                Api.as("sam").get("/api/v1/shifts/" + shift).then().extract().path("checkInCode");

        Api.as("oli")
                .body(Map.of("code", "WRONG1"))
                .post("/api/v1/shifts/" + shift + "/check-in")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("code"));
        Api.as("pam")
                .body(Map.of("code", code))
                .post("/api/v1/shifts/" + shift + "/check-in")
                .then()
                .statusCode(409);
        Api.as("oli")
                .body(Map.of("code", code.toLowerCase()))
                .post("/api/v1/shifts/" + shift + "/check-in")
                .then()
                .statusCode(200)
                .body("attendance", is("ATTENDED"))
                .body("hours", is(2.0f));
    }
}
