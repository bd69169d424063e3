package org.coproduce.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.volunteering.Volunteering.NOW;
import static org.coproduce.volunteering.Volunteering.addShift;
import static org.coproduce.volunteering.Volunteering.published;
import static org.coproduce.volunteering.Volunteering.serviceId;
import static org.coproduce.volunteering.Volunteering.shift;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EverydayAndCalendarTest {
    @Inject
    ShiftReminders reminders;

    private static String kind(String service, String name) {
        return Api.as("olga")
                .body(Map.of("serviceId", serviceId(service), "name", name))
                .post("/api/v1/contributions/kinds")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    @Test
    void citizensRecordEverydayHelpCountedApartFromShifts() {
        String litter = kind("street-cleaning", "Litter picked");
        assertThat(kind("street-cleaning", "litter picked")).isEqualTo(litter);
        Api.anonymous()
                .get("/api/v1/contributions/kinds?service=" + serviceId("street-cleaning"))
                .then()
                .body("items.name", hasItem("Litter picked"));
        Api.as("sam")
                .body(Map.of("serviceId", serviceId("street-cleaning"), "name", "Not my service"))
                .post("/api/v1/contributions/kinds")
                .then()
                .statusCode(403);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String id = Api.as("quin")
                .body(Map.of(
                        "serviceId",
                        serviceId("street-cleaning"),
                        "kindId",
                        litter,
                        "date",
                        today.toString(),
                        "hours",
                        1.5,
                        "note",
                        "Two bags by the bus stop"))
                .post("/api/v1/contributions")
                .then()
                .statusCode(201)
                .body("kind.name", is("Litter picked"))
                .extract()
                .path("id");
        Api.as("quin").get("/api/v1/contributions").then().body("items[0].id", is(id));
        Api.as("quin")
                .get("/api/v1/me/hours")
                .then()
                .body("contributions", is(1))
                .body("contributionHours", is(1.5f))
                .body("approvedHours", is(0));

        Api.as("quin")
                .body(Map.of(
                        "serviceId", serviceId("street-cleaning"),
                        "kindId", litter,
                        "date", today.plusDays(2).toString()))
                .post("/api/v1/contributions")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("date"));
        Api.as("quin")
                .body(Map.of(
                        "serviceId", serviceId("bulky-waste"),
                        "kindId", litter,
                        "date", today.toString()))
                .post("/api/v1/contributions")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("kindId"));
        Api.as("rex").delete("/api/v1/contributions/" + id).then().statusCode(404);
        Api.as("quin").delete("/api/v1/contributions/" + id).then().statusCode(204);
    }

    @Test
    void aPrivateCalendarFeedListsMyShiftsUntilItsAddressIsReset() {
        String opportunity = published("Seed swap, stall helpers");
        String shift = addShift(opportunity, shift(NOW.plus(Duration.ofDays(9)), Duration.ofHours(2), 4));
        Api.as("sia")
                .body("{}")
                .post("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(201);

        String url = Api.as("sia")
                .get("/api/v1/me/calendar")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        String token = url.substring(url.indexOf("token=") + 6);
        String calendar = RestAssured.given()
                .get("/api/v1/me/calendar.ics?token=" + token)
                .then()
                .statusCode(200)
                .contentType("text/calendar; charset=utf-8")
                .extract()
                .asString();
        assertThat(calendar)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("SUMMARY:Seed swap\\, stall helpers\r\n")
                .contains("STATUS:CONFIRMED")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(calendar.split("\r\n")).allMatch(line -> line.getBytes().length <= 75);

        String newUrl =
                Api.as("sia").post("/api/v1/me/calendar/reset").then().extract().path("url");
        assertThat(newUrl).isNotEqualTo(url);
        RestAssured.given().get("/api/v1/me/calendar.ics?token=" + token).then().statusCode(404);
        RestAssured.given().get("/api/v1/me/calendar.ics").then().statusCode(404);
    }

    @Test
    void confirmedVolunteersAreRemindedOnceTheDayBefore() {
        String opportunity = published("Allotment open day helpers");
        String tomorrow = addShift(opportunity, shift(NOW.plus(Duration.ofHours(20)), Duration.ofHours(2), 4));
        String later = addShift(opportunity, shift(NOW.plus(Duration.ofDays(5)), Duration.ofHours(2), 4));
        Api.as("tom")
                .body("{}")
                .post("/api/v1/shifts/" + tomorrow + "/signups")
                .then()
                .statusCode(201);
        Api.as("tom")
                .body("{}")
                .post("/api/v1/shifts/" + later + "/signups")
                .then()
                .statusCode(201);

        reminders.remindDue();
        reminders.remindDue();
        Api.as("tom")
                .get("/api/v1/me/notifications")
                .then()
                .body("items.findAll { it.kind == 'SHIFT_REMINDER' }.size()", is(1))
                .body(
                        "items.find { it.kind == 'SHIFT_REMINDER' }.title",
                        org.hamcrest.Matchers.startsWith("Allotment open day helpers"));
    }
}
