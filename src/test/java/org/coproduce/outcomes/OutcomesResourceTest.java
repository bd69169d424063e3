package org.coproduce.outcomes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutcomesResourceTest {
    private static final LocalDate START = LocalDate.now().withDayOfMonth(1).minusMonths(6);

    private static String newParksService() {
        String organisationId = Api.anonymous()
                .get("/api/v1/organisations/riverside-parks")
                .then()
                .extract()
                .path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("name", "Measured service " + UUID.randomUUID().toString().substring(0, 8));
        body.put("summary", "A service with outcomes");
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

    private static String indicator(String service, String name, String unit, String better) {
        return Api.as("sam")
                .body(Map.of("serviceId", service, "name", name, "unit", unit, "better", better))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** One observation a month: before the start at {@code before}, from it at {@code after}. */
    private static List<Map<String, Object>> monthly(double before, double after, String unit) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            values.add(
                    Map.of("observedOn", START.minusMonths(m).plusDays(14).toString(), "value", before, "unit", unit));
            LocalDate afterDate = START.plusMonths(m - 1).plusDays(14);
            if (!afterDate.isAfter(LocalDate.now().minusDays(1))) {
                values.add(Map.of("observedOn", afterDate.toString(), "value", after, "unit", unit));
            }
        }
        return values;
    }

    private static String initiative(String service, List<String> comparisons) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceId", service);
        body.put("name", "Volunteer key holders");
        body.put("startsOn", START.toString());
        body.put("cos", Set.of("CO_DELIVERY"));
        body.put("comparisonServiceIds", comparisons);
        return Api.as("sam")
                .body(body)
                .post("/api/v1/initiatives")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void staffRecordObservationsAndBadValuesChangeNothing() {
        String service = newParksService();
        String visits = indicator(service, "Garden visits per week", "visits", "UP");
        Api.as("olga")
                .body(Map.of("serviceId", service, "name", "Other", "unit", "x", "better", "UP"))
                .post("/api/v1/indicators")
                .then()
                .statusCode(403);
        Api.as("sam")
                .body(Map.of("serviceId", service, "name", "garden visits PER week", "unit", "x", "better", "UP"))
                .post("/api/v1/indicators")
                .then()
                .statusCode(409);

        Api.as("sam")
                .body(Map.of(
                        "observations",
                        List.of(
                                Map.of("observedOn", "2026-01-31", "value", 40, "unit", "visits"),
                                Map.of("observedOn", "2026-02-28", "value", 41, "unit", "people"),
                                Map.of(
                                        "observedOn",
                                        LocalDate.now().plusDays(3).toString(),
                                        "value",
                                        41,
                                        "unit",
                                        "visits"))))
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("observations[1].unit"))
                .body("errors.message", hasItem(containsString("measured in 'visits'")))
                .body("errors.size()", is(2));

        String csv = "date,value,unit\n2026-01-31,40,visits\n2026-02-30,41,visits\n2026-03-31,4x,visits\n"
                + "2026-04-30,43,people\n2026-05-31,44\n";
        Api.as("sam")
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(400)
                .body("errors.field", is(List.of("line 3", "line 4", "line 5", "line 6")));
        Api.as("sam")
                .contentType("text/csv")
                .body("when,how many\n2026-01-31,40\n")
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("line 1"));
        Api.anonymous().get("/api/v1/indicators/" + visits).then().body("observationCount", is(0));

        Api.as("sam")
                .contentType("text/csv")
                .body("date,value,unit\r\n2026-01-31,40,visits\r\n2026-02-28,41.5,visits\r\n\r\n")
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(200)
                .body("observationCount", is(2))
                .body("lastObservedOn", is("2026-02-28"));
        Api.asIntegrator("coproduce:read")
                .body(Map.of(
                        "observations", List.of(Map.of("observedOn", "2026-03-31", "value", 42, "unit", "visits"))))
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(403);
        Api.asIntegrator("coproduce:write")
                .body(Map.of(
                        "observations", List.of(Map.of("observedOn", "2026-02-28", "value", 42, "unit", "visits"))))
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(200)
                .body("observationCount", is(2));
        Api.anonymous()
                .get("/api/v1/indicators/" + visits + "/observations")
                .then()
                .body("items.value", is(List.of(40, 42)))
                .body("items.source", is(List.of("CSV", "INTEGRATOR")));
        Api.anonymous()
                .get("/api/v1/indicators?service=" + service)
                .then()
                .body("items.name", is(List.of("Garden visits per week")));
    }

    @Test
    void anInitiativesEvaluationComparesBeforeAndAfterAndAgainstComparisonServices() {
        String service = newParksService();
        String comparison = newParksService();
        String visits = indicator(service, "Garden visits per week", "visits", "UP");
        String litter = indicator(service, "Litter complaints", "complaints", "DOWN");
        String comparisonVisits = indicator(comparison, "Garden visits per week", "visits", "UP");
        Api.as("sam")
                .body(Map.of("observations", monthly(40, 50, "visits")))
                .post("/api/v1/indicators/" + visits + "/observations")
                .then()
                .statusCode(200);
        Api.as("sam")
                .body(Map.of("observations", monthly(40, 44, "visits")))
                .post("/api/v1/indicators/" + comparisonVisits + "/observations")
                .then()
                .statusCode(200);
        Api.as("sam")
                .body(Map.of("observations", monthly(12, 8, "complaints")))
                .post("/api/v1/indicators/" + litter + "/observations")
                .then()
                .statusCode(200);

        Map<String, Object> byOlga = new HashMap<>(Map.of(
                "serviceId", service, "name", "Not hers", "startsOn", START.toString(), "cos", Set.of("CO_DESIGN")));
        Api.as("olga").body(byOlga).post("/api/v1/initiatives").then().statusCode(403);
        Map<String, Object> noCos = new HashMap<>(
                Map.of("serviceId", service, "name", "No Co", "startsOn", START.toString(), "cos", Set.of()));
        Api.as("sam").body(noCos).post("/api/v1/initiatives").then().statusCode(400);
        String id = initiative(service, List.of(comparison));

        // Worked by hand: visits 40 -> 50 is +10 (+25%); the comparison went 40 -> 44, so DiD = 10 - 4 = 6.
        // Complaints 12 -> 8 is -4 (-33.3333%), an improvement because down is better. Constant series: exact
        // intervals.
        Api.anonymous()
                .get("/api/v1/initiatives/" + id + "/evaluation?months=6")
                .then()
                .statusCode(200)
                .body("caveat", containsString("not proof of cause"))
                .body("beforeFrom", is(START.minusMonths(6).toString()))
                .body("indicators.find { it.name == 'Garden visits per week' }.difference", is(10))
                .body("indicators.find { it.name == 'Garden visits per week' }.percentChange", is(25))
                .body("indicators.find { it.name == 'Garden visits per week' }.low", is(10))
                .body("indicators.find { it.name == 'Garden visits per week' }.verdict", is("IMPROVED"))
                .body(
                        "indicators.find { it.name == 'Garden visits per week' }.comparison.differenceInDifferences",
                        is(6))
                .body("indicators.find { it.name == 'Litter complaints' }.difference", is(-4))
                .body("indicators.find { it.name == 'Litter complaints' }.percentChange", is(-33.3333f))
                .body("indicators.find { it.name == 'Litter complaints' }.verdict", is("IMPROVED"))
                .body(
                        "indicators.find { it.name == 'Litter complaints' }.comparison.differenceInDifferences",
                        nullValue())
                .body("indicators.find { it.name == 'Service rating' }.verdict", is("NOT_ENOUGH_DATA"));

        String empty = initiative(newParksService(), List.of());
        Api.anonymous()
                .get("/api/v1/initiatives/" + empty + "/evaluation")
                .then()
                .statusCode(409)
                .body("detail", containsString("No indicator has observations"));
        Api.anonymous()
                .get("/api/v1/initiatives/" + id + "/evaluation?months=0")
                .then()
                .statusCode(400);
        Api.anonymous().get("/api/v1/initiatives?service=" + service).then().body("items[0].id", is(id));
    }

    @Test
    void theDemoInitiativeShowsAnImprovementAgainstItsComparison() {
        String id = Api.anonymous()
                .get("/api/v1/initiatives?service=community-gardens")
                .then()
                .extract()
                .path("items[0].id");
        Api.anonymous()
                .get("/api/v1/initiatives/" + id + "/evaluation?months=6")
                .then()
                .statusCode(200)
                .body("indicators.find { it.name == 'Garden visits per week' }.verdict", is("IMPROVED"))
                .body("indicators.find { it.name == 'Vandalism reports' }.verdict", is("IMPROVED"))
                .body("indicators.find { it.name == 'Garden visits per week' }.comparison.services", is(1));
    }
}
