package org.coproduce.integrations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** Open311 GeoReport v2 at /open311/v2, with the standard's field names, statuses and error array. */
@QuarkusTest
class Open311Test {

    @Test
    void theServiceListAndDefinitionsAreTheLiveServices() {
        Api.anonymous()
                .get("/open311/v2/services.json")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("service_code", hasItem("community-gardens"))
                .body("find { it.service_code == 'community-gardens' }.service_name", is("Community gardens"))
                .body("find { it.service_code == 'community-gardens' }.metadata", is(false))
                .body("find { it.service_code == 'community-gardens' }.type", is("realtime"))
                .body("find { it.service_code == 'community-gardens' }.group", containsString("Parks"));
        Api.anonymous()
                .get("/open311/v2/services/community-gardens.json")
                .then()
                .statusCode(200)
                .body("service_code", is("community-gardens"))
                .body("attributes", empty());
        Api.anonymous()
                .get("/open311/v2/services/no-such-service.json")
                .then()
                .statusCode(404)
                .body("[0].code", is(404))
                .body("[0].description", containsString("no-such-service"));
    }

    @Test
    void anIntegratorCreatesARequestThatBecomesAnIdeaAndReadsItBack() {
        String text = "Broken bench by the pond " + UUID.randomUUID().toString().substring(0, 6)
                + ". The slats are split and someone could get hurt.";
        String id = Api.asIntegrator("coproduce:write")
                .contentType(ContentType.URLENC)
                .formParam("api_key", "ignored")
                .formParam("service_code", "park-rangers")
                .formParam("lat", "51.4545")
                .formParam("long", "-2.5879")
                .formParam("address_string", "Mill Pond, north side")
                .formParam("description", text)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .body("[0].service_request_id", not(empty()))
                .body("[0].service_notice", containsString("Park rangers"))
                .extract()
                .path("[0].service_request_id");

        Api.anonymous()
                .get("/open311/v2/requests/" + id + ".json")
                .then()
                .statusCode(200)
                .body("[0].service_request_id", is(id))
                .body("[0].status", is("open"))
                .body("[0].service_code", is("park-rangers"))
                .body("[0].service_name", is("Park rangers"))
                .body("[0].description", containsString("slats are split"))
                .body("[0].agency_responsible", containsString("Parks"))
                .body("[0].address", is("Mill Pond, north side"))
                .body("[0].lat", is(51.4545f))
                .body("[0].long", is(-2.5879f))
                .body(
                        "[0].requested_datetime",
                        org.hamcrest.Matchers.matchesPattern(
                                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"));
        // It is an idea in Coproduce, proposed in the client's name, with a title from the first sentence.
        Api.anonymous()
                .get("/api/v1/ideas/" + id)
                .then()
                .statusCode(200)
                .body("title", containsString("Broken bench by the pond"))
                .body("status", is("SUBMITTED"));
        Api.anonymous()
                .get("/open311/v2/requests.json?service_code=park-rangers&status=open")
                .then()
                .statusCode(200)
                .body("service_request_id", hasItem(id));
        Api.anonymous()
                .get("/open311/v2/requests.json?service_code=park-rangers&status=closed")
                .then()
                .statusCode(200)
                .body("service_request_id", not(hasItem(id)));
        Api.anonymous()
                .get("/open311/v2/requests.json?service_request_id=" + id + "," + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("service_request_id", is(java.util.List.of(id)));
    }

    @Test
    void badRequestsGetTheStandardsErrorArrayAndCreateNothing() {
        Api.asIntegrator("coproduce:write")
                .contentType(ContentType.URLENC)
                .formParam("service_code", "park-rangers")
                .formParam("description", "No place given")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("[0].code", is(400))
                .body("[0].description", containsString("lat"));
        Api.asIntegrator("coproduce:write")
                .contentType(ContentType.URLENC)
                .formParam("lat", "51.45")
                .formParam("long", "-2.58")
                .formParam("description", "No service")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", containsString("service_code"));
        Api.asIntegrator("coproduce:write")
                .contentType(ContentType.URLENC)
                .formParam("service_code", "park-rangers")
                .formParam("lat", "951.45")
                .formParam("long", "-2.58")
                .formParam("description", "Off the map")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", containsString("lat"));
        // Another organisation's service, a read-only token, nobody at all.
        Api.asIntegrator("coproduce:write")
                .contentType(ContentType.URLENC)
                .formParam("service_code", "street-cleaning")
                .formParam("lat", "51.45")
                .formParam("long", "-2.58")
                .formParam("description", "Not ours")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(403)
                .body("[0].code", is(403));
        Api.asIntegrator("coproduce:read")
                .contentType(ContentType.URLENC)
                .formParam("service_code", "park-rangers")
                .formParam("lat", "51.45")
                .formParam("long", "-2.58")
                .formParam("description", "Read only")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(403);
        Api.anonymous()
                .contentType(ContentType.URLENC)
                .formParam("service_code", "park-rangers")
                .formParam("lat", "51.45")
                .formParam("long", "-2.58")
                .formParam("description", "Anonymous")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(403)
                .body("[0].code", is(403));
        Api.anonymous()
                .get("/open311/v2/requests.json?start_date=yesterday")
                .then()
                .statusCode(400)
                .body("[0].description", containsString("start_date"));
        Api.anonymous().get("/open311/v2/requests.json?status=pending").then().statusCode(400);
        Api.anonymous()
                .get("/open311/v2/requests/" + UUID.randomUUID() + ".json")
                .then()
                .statusCode(404);
    }
}
