package org.coproduce.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.volunteering.Volunteering.NOW;
import static org.coproduce.volunteering.Volunteering.addShift;
import static org.coproduce.volunteering.Volunteering.created;
import static org.coproduce.volunteering.Volunteering.opportunity;
import static org.coproduce.volunteering.Volunteering.published;
import static org.coproduce.volunteering.Volunteering.shift;
import static org.coproduce.volunteering.Volunteering.shiftIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignupResourceTest {

    private static JsonPath signUp(String user, String shift, int status) {
        return Api.as(user)
                .body("{}")
                .post("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static String refusal(String user, String shift) {
        return signUp(user, shift, 409).getString("detail");
    }

    @Test
    void aFullShiftWaitlistsAndACancellationPromotesTheFirstWhoIsTold() {
        String shift = shiftIn(12, 2);
        String first = signUp("vera", shift, 201).getString("id");
        assertThat(signUp("walt", shift, 201).getString("status")).isEqualTo("CONFIRMED");
        JsonPath waiting = signUp("xena", shift, 201);
        assertThat(waiting.getString("status")).isEqualTo("WAITLISTED");
        assertThat(waiting.getInt("waitlistPosition")).isEqualTo(1);
        assertThat(signUp("yuri", shift, 201).getInt("waitlistPosition")).isEqualTo(2);
        Api.anonymous()
                .get("/api/v1/shifts/" + shift)
                .then()
                .body("placesLeft", is(0))
                .body("waitlistLength", is(2));

        Api.as("vera").delete("/api/v1/signups/" + first).then().statusCode(200).body("status", is("CANCELLED"));

        Api.as("xena")
                .get("/api/v1/me/signups")
                .then()
                .body("items.find { it.shift.id == '" + shift + "' }.status", is("CONFIRMED"))
                .body("items.find { it.shift.id == '" + shift + "' }.waitlistPosition", nullValue());
        Api.as("xena").get("/api/v1/me/notifications").then().body("items[0].kind", is("SIGNUP_PROMOTED"));
        Api.as("yuri")
                .get("/api/v1/me/signups")
                .then()
                .body("items.find { it.shift.id == '" + shift + "' }.waitlistPosition", is(1));
        Api.anonymous()
                .get("/api/v1/shifts/" + shift)
                .then()
                .body("confirmedCount", is(2))
                .body("waitlistLength", is(1));
        // Cancelling again changes nothing; someone else's sign-up is not found.
        Api.as("vera").delete("/api/v1/signups/" + first).then().statusCode(200).body("status", is("CANCELLED"));
        String walts = Api.as("walt").get("/api/v1/me/signups").then().extract().path("items[0].id");
        Api.as("vera").delete("/api/v1/signups/" + walts).then().statusCode(404);
    }

    @Test
    void signingUpAgainReturnsTheSameSignUp() {
        String shift = shiftIn(14, 5);
        String id = signUp("zoe", shift, 201).getString("id");
        assertThat(signUp("zoe", shift, 200).getString("id")).isEqualTo(id);
    }

    @Test
    void signUpsAreRefusedWithAReasonAPersonUnderstands() {
        String opportunity = published("Tree planting " + System.nanoTime());
        Map<String, Object> notYet = shift(NOW.plus(Duration.ofDays(20)), Duration.ofHours(3), 5);
        notYet.put("signupOpensAt", NOW.plus(Duration.ofDays(2)).toString());
        assertThat(refusal("abe", addShift(opportunity, notYet))).contains("opens on");

        Map<String, Object> closed = shift(NOW.plus(Duration.ofDays(20)), Duration.ofHours(3), 5);
        closed.put("signupClosesAt", NOW.minus(Duration.ofDays(1)).toString());
        assertThat(refusal("abe", addShift(opportunity, closed))).contains("closed on");

        Map<String, Object> withAge = opportunity("community-gardens", "Chainsaw clearing");
        withAge.put("minimumAge", 18);
        String adults = addShift(created("sam", withAge), shift(NOW.plus(Duration.ofDays(21)), Duration.ofHours(2), 5));
        assertThat(refusal("abe", adults)).contains("aged 18 or over");
        Api.as("abe")
                .body(Map.of("confirmsMinimumAge", true))
                .post("/api/v1/shifts/" + adults + "/signups")
                .then()
                .statusCode(201);

        String first = addShift(opportunity, shift(NOW.plus(Duration.ofDays(30)), Duration.ofHours(3), 5));
        String overlapping = addShift(
                opportunity, shift(NOW.plus(Duration.ofDays(30)).plus(Duration.ofHours(2)), Duration.ofHours(2), 5));
        signUp("abe", first, 201);
        assertThat(refusal("abe", overlapping)).contains("overlaps another shift you signed up for");
    }

    @Test
    void aCheckStaffMustConfirmComesFirst() {
        Map<String, Object> withCheck = opportunity("community-gardens", "Children's gardening club");
        withCheck.put("checks", List.of("Safeguarding"));
        String shift =
                addShift(created("sam", withCheck), shift(NOW.plus(Duration.ofDays(22)), Duration.ofHours(2), 5));
        assertThat(refusal("bea", shift)).contains("safeguarding check confirmed by staff");
        String bea = Api.as("bea").get("/api/v1/me").then().extract().path("id");
        Api.as("olga")
                .put("/api/v1/shifts/" + shift + "/checks/" + bea + "/safeguarding")
                .then()
                .statusCode(403);
        Api.as("sam")
                .put("/api/v1/shifts/" + shift + "/checks/" + bea + "/safeguarding")
                .then()
                .statusCode(204);
        signUp("bea", shift, 201);
    }

    @Test
    void nobodyIsAskedToGiveMoreThanTheBurdenLimit() {
        // 16 hours in any 7 days by default: two 8-hour days fit, a third day in the same week does not.
        String opportunity = published("Festival stewarding " + System.nanoTime());
        String monday = addShift(opportunity, shift(NOW.plus(Duration.ofDays(40)), Duration.ofHours(8), 5));
        String tuesday = addShift(opportunity, shift(NOW.plus(Duration.ofDays(41)), Duration.ofHours(8), 5));
        String thursday = addShift(opportunity, shift(NOW.plus(Duration.ofDays(43)), Duration.ofHours(2), 5));
        String nextWeek = addShift(opportunity, shift(NOW.plus(Duration.ofDays(48)), Duration.ofHours(8), 5));
        signUp("cleo", monday, 201);
        signUp("cleo", tuesday, 201);
        assertThat(refusal("cleo", thursday)).contains("more than 16 hours of volunteering in 7 days");
        signUp("cleo", nextWeek, 201);
    }

    @Test
    void theCancellationDeadlineHoldsForVolunteersButNotForStaff() {
        String opportunity = published("Litter sweep " + System.nanoTime());
        Map<String, Object> soon = shift(NOW.plus(Duration.ofHours(5)), Duration.ofHours(2), 3);
        String shift = addShift(opportunity, soon); // deadline: 24 hours before the start, already passed
        String signup = signUp("dina", shift, 201).getString("id");
        Api.as("dina")
                .delete("/api/v1/signups/" + signup)
                .then()
                .statusCode(409)
                .body("detail", containsString("tell the staff"));
        Api.as("olga").delete("/api/v1/signups/" + signup).then().statusCode(404);
        Api.as("sam").delete("/api/v1/signups/" + signup).then().statusCode(200).body("status", is("REMOVED"));
        Api.as("dina").get("/api/v1/me/notifications").then().body("items.kind", hasItem("SIGNUP_CHANGED"));
    }
}
