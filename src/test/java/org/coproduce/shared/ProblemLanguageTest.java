package org.coproduce.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** Problem titles follow Accept-Language (English or Welsh); the type and status never change. */
@QuarkusTest
class ProblemLanguageTest {
    private static final String UNKNOWN_ORGANISATION = "/api/v1/organisations/no-such-organisation";

    @Test
    void aNotFoundProblemIsInWelshWhenTheCallerPrefersWelsh() {
        ValidatableResponse welsh = Api.anonymous()
                .header("Accept-Language", "cy-GB, en;q=0.5")
                .get(UNKNOWN_ORGANISATION)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "cy")
                .body("type", is("/problems/not-found"))
                .body("status", is(404))
                .body("title", is("Heb ddod o hyd iddo"));
        assertThat(welsh.extract().headers().getValues("Vary")).contains("Accept-Language");
    }

    @Test
    void withoutAcceptLanguageProblemsAreInEnglish() {
        Api.anonymous()
                .get(UNKNOWN_ORGANISATION)
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body("type", is("/problems/not-found"))
                .body("title", is("Not found"));
    }

    @Test
    void theQualityValuesDecideBetweenEnglishAndWelsh() {
        Api.anonymous()
                .header("Accept-Language", "en;q=0.4, cy;q=0.8")
                .get(UNKNOWN_ORGANISATION)
                .then()
                .body("title", is("Heb ddod o hyd iddo"));
        Api.anonymous()
                .header("Accept-Language", "en-GB, cy;q=0.9")
                .get(UNKNOWN_ORGANISATION)
                .then()
                .header("Content-Language", "en")
                .body("title", is("Not found"));
    }

    @Test
    void problemsAnsweredBeforeTheRestLayerAreTranslatedToo() {
        Api.anonymous()
                .header("Accept-Language", "cy")
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .header("Content-Language", "cy")
                .body("type", is("/problems/not-found"))
                .body("title", is("Heb ddod o hyd iddo"));
        given().auth()
                .oauth2("not-a-token")
                .header("Accept-Language", "cy")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", is("/problems/not-signed-in"))
                .body("title", is("Mae angen i chi fewngofnodi"));
    }

    @Test
    void aValidationFailureIsInWelshWithItsFieldsCounted() {
        Api.as("erin")
                .header("Accept-Language", "cy")
                .body(Map.of("language", "fr"))
                .put("/api/v1/me/account")
                .then()
                .statusCode(400)
                .header("Content-Language", "cy")
                .body("type", is("/problems/validation-failed"))
                .body("status", is(400))
                .body("title", is("Mae meysydd annilys yn eich cais"))
                .body("detail", is("Mae 1 maes yn annilys."))
                .body("errors.field", hasItem("language"));
        Api.as("erin")
                .body(Map.of("language", "fr"))
                .put("/api/v1/me/account")
                .then()
                .statusCode(400)
                .body("title", is("Your request has invalid fields"))
                .body("detail", is("1 field is invalid."));
    }
}
