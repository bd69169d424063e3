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
