package org.coproduce.accounts;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

/** A person says, changes and withdraws their area and self-declared answers. */
@QuarkusTest
class ProfileResourceTest {

    @Test
    void aPersonSaysChangesAndWithdrawsWhatTheyDeclare() {
        String me = "declarer-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(me)
                .get("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("area", nullValue())
                .body("answers", anEmptyMap())
                .body("areas.name", hasItems("Millbrook", "Northbank", "Riverside Central"))
                .body("questions.question", hasItems("AGE_BAND", "DISABILITY"))
                .body("questions.find { it.question == 'AGE_BAND' }.answers", hasItems("16-24", "65+"));

        Api.as(me)
                .body(Map.of("area", "northbank", "answers", Map.of("AGE_BAND", "25-44", "DISABILITY", "no")))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("area", is("northbank"))
                .body("answers.AGE_BAND", is("25-44"))
                .body("answers.DISABILITY", is("no"));

        // Not one of the choices: refused, and nothing changes.
        Api.as(me)
                .body(Map.of("area", "atlantis", "answers", Map.of()))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("area"));
        Api.as(me)
                .body(Map.of("area", "millbrook", "answers", Map.of("AGE_BAND", "ancient")))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("answers.AGE_BAND"));
        Api.as(me)
                .body(Map.of("answers", Map.of("EYE_COLOUR", "blue")))
                .put("/api/v1/me/profile")
                .then()
                .statusCode(400);
        Api.as(me)
                .get("/api/v1/me/profile")
                .then()
                .body("area", is("northbank"))
                .body("answers.AGE_BAND", is("25-44"));

        // Leaving a question out withdraws it.
        Map<String, Object> onlyArea = new HashMap<>();
        onlyArea.put("area", "millbrook");
        Api.as(me)
                .body(onlyArea)
                .put("/api/v1/me/profile")
                .then()
                .statusCode(200)
                .body("area", is("millbrook"))
                .body("answers", anEmptyMap());

        Api.as(me)
                .delete("/api/v1/me/profile/declarations")
                .then()
                .statusCode(200)
                .body("area", nullValue())
                .body("answers", anEmptyMap());

        Api.anonymous().get("/api/v1/me/profile").then().statusCode(401);
    }
}
