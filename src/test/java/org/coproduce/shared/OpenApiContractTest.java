package org.coproduce.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml is the published contract. This fails when the served document moves away
 * from it; the served version is written to target/openapi-served.yaml to copy over after review.
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path PUBLISHED = Path.of("docs/openapi.yaml");

    @Test
    void theServedContractIsThePublishedOne() throws Exception {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-served.yaml"), served);
        assertThat(PUBLISHED)
                .as("docs/openapi.yaml (copy target/openapi-served.yaml there)")
                .exists();
        assertThat(served)
                .as("served /q/openapi differs from docs/openapi.yaml; review target/openapi-served.yaml and copy it")
                .isEqualTo(Files.readString(PUBLISHED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnExampleRequestAndResponse() {
        java.util.Map<String, java.util.Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        java.util.List<String> missing = new java.util.ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var method : path.getValue().entrySet()) {
                if (!(method.getValue() instanceof java.util.Map<?, ?> operation)
                        || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                String name = method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                var body = (java.util.Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    ((java.util.Map<String, java.util.Map<String, Object>>) body.get("content"))
                            .forEach((type, media) -> {
                                if (!media.containsKey("example")) {
                                    missing.add(name + " request " + type);
                                }
                            });
                }
                var responses = (java.util.Map<String, java.util.Map<String, Object>>) operation.get("responses");
                boolean answered = responses.entrySet().stream()
                        .filter(r -> r.getKey().startsWith("2"))
                        .anyMatch(r -> r.getValue().get("content") == null
                                || ((java.util.Map<String, java.util.Map<String, Object>>)
                                                r.getValue().get("content"))
                                        .values().stream().allMatch(media -> media.containsKey("example")));
                if (!answered) {
                    missing.add(name + " response");
                }
            }
        }
        assertThat(operations).isGreaterThan(80);
        assertThat(missing).as("operations without an example").isEmpty();
    }

    @Test
    void theContractDocumentsTheFoundationEndpointsAndTheirErrors() {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .extract()
                .asString();
        assertThat(served)
                .contains("/api/v1/me:", "/api/v1/organisations:", "/api/v1/services:", "/api/v1/services/{idOrSlug}:")
                .contains("application/problem+json", "ServiceView", "example");
    }
}
