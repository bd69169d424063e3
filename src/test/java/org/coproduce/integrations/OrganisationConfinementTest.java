package org.coproduce.integrations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * A machine client touches its own organisation's data only: the test client acts for Riverside
 * Parks (demo configuration), so Riverside Environment's rosters, ratings and indicators are closed to it.
 */
@QuarkusTest
class OrganisationConfinementTest {

    private static String serviceId(String slug) {
        return Api.anonymous().get("/api/v1/services/" + slug).then().extract().path("id");
    }

    /** A published opportunity with one open shift on the service, made by its staff member; one citizen signs up. */
    private static String shiftWithOneVolunteer(String staff, String serviceSlug, String volunteer) {
        String opportunity = Api.as(staff)
                .body(Map.of(
                        "serviceId", serviceId(serviceSlug),
                        "title", "Confinement check",
                        "description", "A shift for the confinement test.",
                        "placeName", "The depot",
                        "skills", List.of(),
                        "state", "PUBLISHED"))
                .post("/api/v1/opportunities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> shift = new HashMap<>();
        shift.put("startsAt", start.toString());
        shift.put("endsAt", start.plus(Duration.ofHours(2)).toString());
        shift.put("capacity", 4);
        shift.put("signupOpensAt", Instant.now().minus(Duration.ofDays(1)).toString());
        shift.put("signupClosesAt", start.toString());
        shift.put("cancelDeadline", start.minus(Duration.ofDays(1)).toString());
        String shiftId = Api.as(staff)
                .body(shift)
                .post("/api/v1/opportunities/" + opportunity + "/shifts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(volunteer)
                .body(Map.of())
                .post("/api/v1/shifts/" + shiftId + "/signups")
                .then()
                .statusCode(201);
        return shiftId;
    }

    @Test
    void aClientReadsItsOwnOrganisationsRostersWithoutContactDetailsAndNoOtherOrganisations() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String parksShift = shiftWithOneVolunteer("sam", "park-rangers", "conf-vol-" + tag);
        String environmentShift = shiftWithOneVolunteer("olga", "street-cleaning", "conf-vol2-" + tag);

        Api.asIntegrator("coproduce:read")
                .get("/api/v1/shifts/" + parksShift + "/signups")
                .then()
                .statusCode(200)
                .body("confirmed", hasSize(1))
                .body("confirmed.person.email", everyItem(nullValue()));
        Api.as("sam")
                .get("/api/v1/shifts/" + parksShift + "/signups")
                .then()
                .statusCode(200)
                .body("confirmed[0].person.email", containsString("@"));
        Api.asIntegrator("coproduce:read")
                .get("/api/v1/shifts/" + environmentShift + "/signups")
                .then()
                .statusCode(403)
                .body("detail", containsString("another organisation"));
        Api.asIntegrator("coproduce:write")
                .get("/api/v1/shifts/" + parksShift + "/signups")
                .then()
                .statusCode(403)
                .body("detail", containsString("coproduce:read"));
    }

    @Test
    void aClientImportsRatingsOnlyForItsOwnOrganisationsServices() {
        Map<String, Object> imported = new HashMap<>();
        imported.put("overall", 3);
        imported.put("source", "kiosk");
        imported.put("externalId", "conf-" + UUID.randomUUID());
        Api.asIntegrator("coproduce:write")
                .body(imported)
                .post("/api/v1/services/street-cleaning/ratings")
                .then()
                .statusCode(403)
                .body("detail", containsString("another organisation"));
        Api.asIntegrator("coproduce:write")
                .body(imported)
                .post("/api/v1/services/park-rangers/ratings")
                .then()
                .statusCode(201)
                .body("overall", is(3));
    }
}
