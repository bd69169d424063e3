package org.coproduce.outcomes;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** The four-Co's record against a small service whose every figure was counted by hand. */
@QuarkusTest
class ServiceRecordTest {

    private static String newParksService() {
        String organisationId = Api.anonymous()
                .get("/api/v1/organisations/riverside-parks")
                .then()
                .extract()
                .path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("name", "Recorded service " + UUID.randomUUID().toString().substring(0, 8));
        body.put("summary", "A service with a record");
        body.put("category", "PARKS_AND_GREEN_SPACES");
        body.put("areaServed", "Whole borough");
        body.put("contact", Map.of("email", "team@riverside.example"));
        return Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String post(String user, String path, Object body, int status) {
        return Api.as(user)
                .body(body)
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    @Test
    void theRecordCountsEachCoAndTheBalanceOfVoiceAndAction() {
        String service = newParksService();
        String tag = UUID.randomUUID().toString().substring(0, 5);
        // Co-design: two ideas; one accepted with an answer. Co-commissioning: one support. One comment.
        String accepted = post(
                "rec-ana" + tag,
                "/api/v1/ideas",
                Map.of(
                        "serviceId",
                        service,
                        "title",
                        "Sunday opening",
                        "body",
                        "Open on Sundays please.",
                        "tags",
                        List.of()),
                201);
        post(
                "rec-ben" + tag,
                "/api/v1/ideas",
                Map.of(
                        "serviceId",
                        service,
                        "title",
                        "More benches",
                        "body",
                        "Benches by the pond.",
                        "tags",
                        List.of()),
                201);
        Api.as("sam")
                .body(Map.of("status", "UNDER_REVIEW"))
                .post("/api/v1/ideas/" + accepted + "/status")
                .then()
                .statusCode(200);
        Api.as("sam")
                .body(Map.of("status", "ACCEPTED", "answer", "Yes: from next month."))
                .post("/api/v1/ideas/" + accepted + "/status")
                .then()
                .statusCode(200);
        Api.as("rec-cat" + tag)
                .post("/api/v1/ideas/" + accepted + "/supports")
                .then()
                .statusCode(200);
        post("rec-cat" + tag, "/api/v1/ideas/" + accepted + "/comments", Map.of("body", "Yes please"), 201);
        // Co-assessment: one rating (too few for a mean).
        Api.as("rec-dan" + tag)
                .body(Map.of("overall", 4))
                .post("/api/v1/services/" + service + "/ratings")
                .then()
                .statusCode(201);
        // Co-delivery: a 3-hour, 5-place shift under way; one volunteer attends and staff approve; one contribution of
        // 1.5 hours.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String opportunity = post(
                "sam",
                "/api/v1/opportunities",
                Map.of(
                        "serviceId",
                        service,
                        "title",
                        "Pond clean",
                        "description",
                        "Clearing the pond.",
                        "placeName",
                        "Mill pond",
                        "skills",
                        List.of(),
                        "state",
                        "PUBLISHED"),
                201);
        Map<String, Object> shift = new HashMap<>();
        shift.put("startsAt", now.minus(Duration.ofHours(1)).toString());
        shift.put("endsAt", now.plus(Duration.ofHours(2)).toString());
        shift.put("capacity", 5);
        shift.put("signupOpensAt", now.minus(Duration.ofDays(1)).toString());
        shift.put("signupClosesAt", now.plus(Duration.ofHours(1)).toString());
        shift.put("cancelDeadline", now.minus(Duration.ofHours(2)).toString());
        String shiftId = post("sam", "/api/v1/opportunities/" + opportunity + "/shifts", shift, 201);
        String signup = post("rec-eve" + tag, "/api/v1/shifts/" + shiftId + "/signups", Map.of(), 201);
        Api.as("sam")
                .body(Map.of("attendance", "ATTENDED", "approve", true))
                .put("/api/v1/signups/" + signup + "/attendance")
                .then()
                .statusCode(200);
        String kind = Api.as("sam")
                .body(Map.of("serviceId", service, "name", "Weeding"))
                .post("/api/v1/contributions/kinds")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        post(
                "rec-fay" + tag,
                "/api/v1/contributions",
                Map.of(
                        "serviceId",
                        service,
                        "kindId",
                        kind,
                        "date",
                        LocalDate.now(ZoneId.of("Europe/London")).toString(),
                        "hours",
                        1.5),
                201);

        // Until the rollups are rebuilt the record shows the figures as they were (ratings are always current).
        Api.anonymous()
                .get("/api/v1/services/" + service + "/record")
                .then()
                .statusCode(200)
                .body("coDesign.ideas", is(0))
                .body("coAssessment.ratings", is(1));
        refreshNow();

        // Voice: 2 ideas + 1 support + 1 comment + 1 rating = 5. Action: 1 attendance + 1 contribution = 2,
        // a share of 2/7 = 28.6%. Value: 3 approved hours x 13.50 = 40.50.
        Api.anonymous()
                .get("/api/v1/services/" + service + "/record")
                .then()
                .statusCode(200)
                .body("coCommissioning.supports", is(1))
                .body("coDesign.ideas", is(2))
                .body("coDesign.answered", is(1))
                .body("coDesign.answeredShare", is(50.0f))
                .body("coDesign.medianDaysToFirstAnswer", is(0.0f))
                .body("coDesign.accepted", is(1))
                .body("coDesign.implemented", is(0))
                .body("coDesign.comments", is(1))
                .body("coDelivery.shifts", is(1))
                .body("coDelivery.places", is(5))
                .body("coDelivery.placesFilled", is(1))
                .body("coDelivery.fillRate", is(20.0f))
                .body("coDelivery.attended", is(1))
                .body("coDelivery.noShowRate", is(0.0f))
                .body("coDelivery.approvedHours", is(3))
                .body("coDelivery.contributions", is(1))
                .body("coDelivery.contributionHours", is(1.5f))
                .body("coDelivery.valueOfTime.value", is(40.50f))
                .body("coAssessment.ratings", is(1))
                .body("coAssessment.mean", nullValue())
                .body("balance.voice", is(5))
                .body("balance.action", is(2))
                .body("balance.actionShare", is(28.6f))
                .body("balance.trend.size()", is(12))
                .body("countedAt", notNullValue())
                .body("refreshedAt", notNullValue())
                .body("coDelivery.valueOfTime.hourlyValueSetBy", is("INSTANCE"))
                .body("coDelivery.valueOfTime.staffSupportHours", nullValue());

        // The service values an hour at 20.00 and staff record 1.5 hours of support this month:
        // 3 hours x 20.00 = 60.00, and 3 / 1.5 = 2.0 citizen hours per staff hour.
        String thisMonth = java.time.YearMonth.now(ZoneId.of("Europe/London")).toString();
        Api.as("sam")
                .body(Map.of("hourlyValue", 20))
                .put("/api/v1/services/" + service + "/time-value")
                .then()
                .statusCode(200)
                .body("hourlyValue", is(20.0f))
                .body("serviceHourlyValue", is(20.0f))
                .body("instanceHourlyValue", is(13.50f));
        Api.as("sam")
                .body(Map.of("hours", 1.5))
                .put("/api/v1/services/" + service + "/time-value/staff-hours/" + thisMonth)
                .then()
                .statusCode(200)
                .body("staffHours[0].month", is(thisMonth))
                .body("staffHours[0].hours", is(1.5f));
        Api.anonymous()
                .get("/api/v1/services/" + service + "/record")
                .then()
                .statusCode(200)
                .body("coDelivery.valueOfTime.hourlyValue", is(20.0f))
                .body("coDelivery.valueOfTime.hourlyValueSetBy", is("SERVICE"))
                .body("coDelivery.valueOfTime.value", is(60.00f))
                .body("coDelivery.valueOfTime.staffSupportHours", is(1.5f))
                .body("coDelivery.valueOfTime.citizenHoursPerStaffHour", is(2.0f));
        // Bad values and other people change nothing.
        Api.as("sam")
                .body(Map.of("hours", -1))
                .put("/api/v1/services/" + service + "/time-value/staff-hours/" + thisMonth)
                .then()
                .statusCode(400);
        Api.as("sam")
                .body(Map.of("hours", 2))
                .put("/api/v1/services/" + service + "/time-value/staff-hours/2999-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("month"));
        Api.as("sam")
                .body(Map.of("hours", 2))
                .put("/api/v1/services/" + service + "/time-value/staff-hours/October")
                .then()
                .statusCode(400);
        Api.as("rec-dan" + tag)
                .body(Map.of("hourlyValue", 1))
                .put("/api/v1/services/" + service + "/time-value")
                .then()
                .statusCode(403);
        Api.as("olga")
                .body(Map.of("hourlyValue", 1))
                .put("/api/v1/services/" + service + "/time-value")
                .then()
                .statusCode(403);
        Api.anonymous()
                .get("/api/v1/services/" + service + "/time-value")
                .then()
                .statusCode(200)
                .body("hourlyValue", is(20.0f))
                .body("staffHours.size()", is(1))
                .body("canEdit", is(false));
        // Back to the instance's value.
        Map<String, Object> none = new HashMap<>();
        none.put("hourlyValue", null);
        Api.as("sam")
                .body(none)
                .put("/api/v1/services/" + service + "/time-value")
                .then()
                .statusCode(200)
                .body("hourlyValue", is(13.50f))
                .body("serviceHourlyValue", nullValue());

        Api.anonymous()
                .get("/api/v1/services/" + service + "/record?from=2026-12-01&to=2026-01-01")
                .then()
                .statusCode(400);
        Api.anonymous()
                .get("/api/v1/services/" + service + "/record?from=yesterday")
                .then()
                .statusCode(400);
        Api.anonymous()
                .get("/api/v1/services/" + service + "/record?from=2020-01-01&to=2020-12-31")
                .then()
                .statusCode(200)
                .body("coDesign.ideas", is(0))
                .body("coDesign.answeredShare", nullValue())
                .body("balance.actionShare", nullValue());
    }

    @Test
    void onlyAdminsRebuildTheFiguresAtOnce() {
        Api.anonymous().post("/api/v1/outcomes/refresh").then().statusCode(401);
        Api.as("sam").post("/api/v1/outcomes/refresh").then().statusCode(403);
        Api.as("alice")
                .post("/api/v1/outcomes/refresh")
                .then()
                .statusCode(200)
                .body("refreshedAt", notNullValue())
                .body("tookMs", notNullValue());
    }

    @Test
    void theDemoShowsABurdenWarningAndUnansweredIdeas() {
        // Five regulars walked thirteen 4-hour ranger patrols in four weeks: 52 hours, above 48.
        Api.as("sam")
                .get("/api/v1/monitors")
                .then()
                .statusCode(200)
                .body("items.find { it.service.slug == 'park-rangers' }.burden.warningHours", is(48.0f))
                .body("items.find { it.service.slug == 'park-rangers' }.burden.overWarning", is(5));
        // The patrollers are older people from Northbank: 6 of 6 who said (30% of residents live there), 5 of 6
        // aged 65 or over (20% of residents); the smaller groups are withheld.
        Api.as("sam")
                .get("/api/v1/monitors")
                .then()
                // Other tests may add people to the service; none of them declares an area.
                .body(
                        "items.find { it.service.slug == 'park-rangers' }.representativeness.people",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(6))
                .body("items.find { it.service.slug == 'park-rangers' }.representativeness.declaredArea", is(6))
                .body(
                        "items.find { it.service.slug == 'park-rangers' }.representativeness.areas.find { it.code =="
                                + " 'northbank' }.percent",
                        is(100.0f))
                .body(
                        "items.find { it.service.slug == 'park-rangers' }.representativeness.areas.find { it.code =="
                                + " 'millbrook' }.people",
                        nullValue())
                .body(
                        "items.find { it.service.slug == 'park-rangers' }.representativeness.groups[0].answers.find {"
                                + " it.code == '65+' }.percent",
                        is(83.3f))
                .body(
                        "items.find { it.service.slug == 'park-rangers' }.representativeness.groups[0].answers.find {"
                                + " it.code == '65+' }.populationPercent",
                        is(20.0f))
                .body(
                        "items.find { it.service.slug == 'park-rangers' }.representativeness.groups[1].declared",
                        nullValue());
        // Three library ideas have waited 38 to 62 days for an answer.
        Api.as("alice")
                .get("/api/v1/monitors")
                .then()
                .statusCode(200)
                .body("items.find { it.service.slug == 'central-library' }.unanswered.ideasWaitingOver30Days", is(3));
    }

    static void refreshNow() {
        Api.as("alice").post("/api/v1/outcomes/refresh").then().statusCode(200);
    }

    @Test
    void theOverviewAddsUpEveryServicesRecord() {
        refreshNow();
        var overview = Api.anonymous()
                .get("/api/v1/outcomes/overview")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> ideas = overview.getList("services.ideas", Integer.class);
        org.assertj.core.api.Assertions.assertThat(overview.getLong("totals.ideas"))
                .isEqualTo(ideas.stream().mapToLong(Integer::longValue).sum());
        List<Integer> ratings = overview.getList("services.ratings", Integer.class);
        org.assertj.core.api.Assertions.assertThat(overview.getLong("totals.ratings"))
                .isEqualTo(ratings.stream().mapToLong(Integer::longValue).sum())
                .isGreaterThan(300);
        String recycling = Api.anonymous()
                .get("/api/v1/services/household-recycling-collection/record")
                .then()
                .extract()
                .path("coAssessment.ratings")
                .toString();
        org.assertj.core.api.Assertions.assertThat(overview.getString(
                        "services.find { it.service.slug == 'household-recycling-collection' }.ratings"))
                .isEqualTo(recycling);
        // The instance's balance month by month adds up to its totals.
        List<Integer> voice = overview.getList("totals.trend.voice", Integer.class);
        org.assertj.core.api.Assertions.assertThat(voice).hasSize(12);
        org.assertj.core.api.Assertions.assertThat(overview.getLong("totals.voice"))
                .isEqualTo(voice.stream().mapToLong(Integer::longValue).sum())
                .isGreaterThan(0);
        org.assertj.core.api.Assertions.assertThat(overview.getString("refreshedAt"))
                .isNotNull();
    }

    @Test
    void staffSeeMonitorsOfTheirOwnServicesWithSmallGroupsWithheld() {
        String service = newParksService();
        String tag = UUID.randomUUID().toString().substring(0, 5);
        for (int i = 0; i < 6; i++) {
            Api.as("mon" + i + tag)
                    .body(Map.of("overall", 3, "review", "Fine"))
                    .post("/api/v1/services/" + service + "/ratings")
                    .then()
                    .statusCode(201);
        }
        post(
                "mon-a" + tag,
                "/api/v1/ideas",
                Map.of("serviceId", service, "title", "One idea", "body", "Only one.", "tags", List.of()),
                201);
        var monitors = Api.as("sam")
                .get("/api/v1/monitors")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String mine = "items.find { it.service.id == '" + service + "' }";
        org.assertj.core.api.Assertions.assertThat(
                        monitors.getString(mine + ".concentration.find { it.co == 'CO_ASSESSMENT' }.people"))
                .isEqualTo("6");
        // Six people, one rating each: no concentration at all.
        org.assertj.core.api.Assertions.assertThat(
                        monitors.getDouble(mine + ".concentration.find { it.co == 'CO_ASSESSMENT' }.gini"))
                .isEqualTo(0.0);
        org.assertj.core.api.Assertions.assertThat(
                        monitors.getBoolean(mine + ".concentration.find { it.co == 'CO_DESIGN' }.fewerThanFive"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        monitors.getString(mine + ".concentration.find { it.co == 'CO_DESIGN' }.gini"))
                .isNull();
        org.assertj.core.api.Assertions.assertThat(monitors.getLong(mine + ".unanswered.reviewsWithoutReply"))
                .isEqualTo(6);
        org.assertj.core.api.Assertions.assertThat(monitors.getString(mine + ".burden.overWarning"))
                .isNull();

        var olgas = Api.as("olga")
                .get("/api/v1/monitors")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.assertj.core.api.Assertions.assertThat(olgas.getList("items.service.id"))
                .doesNotContain(service);
        Api.as("bob").get("/api/v1/monitors").then().statusCode(403);
        Api.anonymous().get("/api/v1/monitors").then().statusCode(401);
    }
}
