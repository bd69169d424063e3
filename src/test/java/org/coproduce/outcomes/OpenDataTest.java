package org.coproduce.outcomes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenDataTest {

    @Test
    void theDictionaryListsEachDatasetAndItsLicence() {
        Api.anonymous()
                .get("/api/v1/open-data")
                .then()
                .statusCode(200)
                .body("licence", is("Open Government Licence v3.0"))
                .body("datasets.name", hasItem("ratings-by-month"))
                .body("datasets.find { it.name == 'ratings-by-month' }.fields.name", hasItem("net_score"));
    }

    @Test
    void datasetsComeAsCsvOrJsonWithSmallGroupsLeftEmpty() {
        String csv = Api.anonymous()
                .get("/api/v1/open-data/ratings-by-month")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Link", containsString("rel=\"license\""))
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("service,month,ratings,mean,net_score\r\n");
        // The riverside path has 3 ratings in different months: counts, never means.
        org.assertj.core.api.Assertions.assertThat(csv.lines().filter(l -> l.startsWith("riverside-path,")))
                .isNotEmpty()
                .allSatisfy(
                        line -> org.assertj.core.api.Assertions.assertThat(line).endsWith(",,"));
        Api.anonymous()
                .get("/api/v1/open-data/indicator-observations?format=json")
                .then()
                .statusCode(200)
                .body("rows.indicator", hasItem("Garden visits per week"))
                .body("rows[0].keySet()", not(hasItem("recorded_by")));
        Api.anonymous()
                .get("/api/v1/open-data/service-records")
                .then()
                .statusCode(200)
                .body(containsString("household-recycling-collection,"));
        Api.anonymous().get("/api/v1/open-data/people").then().statusCode(404);
        Api.anonymous()
                .get("/api/v1/open-data/ratings-by-month?format=xml")
                .then()
                .statusCode(400);
    }
}
