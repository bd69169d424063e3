package org.coproduce.catalogue;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;

/** Builds service requests for the catalogue tests. */
final class ServiceInputs {
    private ServiceInputs() {}

    static String organisationId(String slug) {
        return Api.anonymous()
                .get("/api/v1/organisations/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    static Map<String, Object> service(String organisationSlug, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId(organisationSlug));
        body.put("name", name);
        body.put("summary", "A summary of " + name);
        body.put("category", "PARKS_AND_GREEN_SPACES");
        body.put("areaServed", "Whole borough");
        body.put("contact", Map.of("email", "team@riverside.example"));
        return body;
    }

    static Map<String, Object> uniqueService(String organisationSlug) {
        return service(
                organisationSlug, "Test service " + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Creates a service as sam (staff of riverside-parks) and returns it. */
    static JsonPath createdByParksStaff(Map<String, Object> body) {
        return Api.as("sam")
                .body(body)
                .post("/api/v1/services")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
