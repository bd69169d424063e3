package org.coproduce.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.testing.Api;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdeaResourceTest {

    static String serviceId(String slug) {
        return Api.anonymous()
                .get("/api/v1/services/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    static Map<String, Object> idea(String serviceSlug, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceId", serviceId(serviceSlug));
        body.put("title", title);
        body.put("body", "Because the path is dark by five in winter.");
        body.put("tags", List.of("Lighting", "safety"));
        return body;
    }

    static String proposed(String user, Map<String, Object> body) {
        return Api.as(user)
                .body(body)
                .post("/api/v1/ideas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String challenge(String state, LocalDate opens, LocalDate closes) {
        return Api.as("sam")
                .body(Map.of(
                        "serviceId",
                        serviceId("riverside-path"),
                        "title",
                        "How can we make the riverside path feel safer after dark?",
                        "brief",
                        "Tell us what would help.",
                        "state",
                        state,
                        "opensOn",
                        opens.toString(),
                        "closesOn",
                        closes.toString()))
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aCitizenProposesAnIdeaAndEveryoneCanReadItAsPlainText() {
        Map<String, Object> body = idea("riverside-path", "Solar lights by Mill Bridge");
        body.put("body", "<script>alert('x')</script> Lights, please.");
        String id = proposed("bob", body);
        Api.anonymous()
                .get("/api/v1/ideas/" + id)
                .then()
                .statusCode(200)
                .body("status", is("SUBMITTED"))
                .body("author.displayName", is("Bob"))
                .body("service.slug", is("riverside-path"))
                .body("body", is("<script>alert('x')</script> Lights, please."))
                .body("tags", contains("lighting", "safety"))
                .body("supportCount", is(0));
    }

    @Test
    void badIdeasAreRefusedWithTheirFields() {
        Map<String, Object> body = idea("riverside-path", "x".repeat(121));
        body.put("body", "y".repeat(5001));
        Api.as("bob")
                .body(body)
                .post("/api/v1/ideas")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("body"));
        Api.anonymous()
                .body(idea("riverside-path", "Anonymous idea"))
                .post("/api/v1/ideas")
                .then()
                .statusCode(401);
        Map<String, Object> unknown = idea("riverside-path", "Nowhere");
        unknown.put("serviceId", UUID.randomUUID().toString());
        Api.as("bob")
                .body(unknown)
                .post("/api/v1/ideas")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("serviceId"));
    }

    @Test
    void ideasGoOnlyToOpenChallengesOfTheSameService() {
        LocalDate today = LocalDate.now();
        String open = challenge("OPEN", today.minusDays(1), today.plusDays(30));
        String closed = challenge("CLOSED", today.minusDays(30), today.minusDays(1));
        Map<String, Object> body = idea("riverside-path", "Reflective path markers");
        body.put("challengeId", open);
        proposed("bob", body);
        body.put("challengeId", closed);
        Api.as("bob").body(body).post("/api/v1/ideas").then().statusCode(409);
        Map<String, Object> elsewhere = idea("community-gardens", "Wrong place");
        elsewhere.put("challengeId", open);
        Api.as("bob")
                .body(elsewhere)
                .post("/api/v1/ideas")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("challengeId"));
        Api.anonymous()
                .get("/api/v1/ideas?challenge=" + open)
                .then()
                .statusCode(200)
                .body("items.title", contains("Reflective path markers"));
    }

    @Test
    void onlyStaffOfTheServicesOrganisationManageChallenges() {
        Map<String, Object> body = Map.of(
                "serviceId",
                serviceId("riverside-path"),
                "title",
                "Draft question",
                "brief",
                "Not yet",
                "state",
                "DRAFT",
                "opensOn",
                "2027-01-01",
                "closesOn",
                "2027-02-01");
        Api.as("bob").body(body).post("/api/v1/challenges").then().statusCode(403);
        Api.as("olga").body(body).post("/api/v1/challenges").then().statusCode(403);
        Api.anonymous().body(body).post("/api/v1/challenges").then().statusCode(401);
        String draft = Api.as("sam")
                .body(body)
                .post("/api/v1/challenges")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.anonymous().get("/api/v1/challenges/" + draft).then().statusCode(404);
        Api.as("sam").get("/api/v1/challenges/" + draft).then().statusCode(200);
        Api.anonymous()
                .get("/api/v1/challenges?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(draft)));
    }

    @Test
    void theAuthorEditsWhileSubmittedAndNobodyElseCan() {
        Map<String, Object> body = idea("riverside-path", "Benches every 200 metres");
        String id = proposed("bob", body);
        body.put("title", "Benches every 150 metres");
        Api.as("carol")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/ideas/" + id)
                .then()
                .statusCode(403);
        Api.as("bob")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/ideas/" + id)
                .then()
                .statusCode(200)
                .body("title", is("Benches every 150 metres"));
        Api.as("bob")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/api/v1/ideas/" + id)
                .then()
                .statusCode(412);
        Api.as("sam")
                .body(Map.of("status", "UNDER_REVIEW"))
                .post("/api/v1/ideas/" + id + "/status")
                .then()
                .statusCode(200);
        Api.as("bob").body(body).put("/api/v1/ideas/" + id).then().statusCode(409);
    }

    @Test
    void staffAnswerAlongThePathAndTheTimelineShowsEveryAnswer() {
        String id = proposed("bob", idea("riverside-path", "Motion-sensor lighting"));
        String status = "/api/v1/ideas/" + id + "/status";
        Api.as("olga")
                .body(Map.of("status", "UNDER_REVIEW"))
                .post(status)
                .then()
                .statusCode(403);
        Api.as("bob").body(Map.of("status", "UNDER_REVIEW")).post(status).then().statusCode(403);
        Api.as("sam").body(Map.of("status", "UNDER_REVIEW")).post(status).then().statusCode(200);
        Api.as("sam")
                .body(Map.of("status", "ACCEPTED"))
                .post(status)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answer"));
        Api.as("sam")
                .body(Map.of("status", "IMPLEMENTED", "answer", "Done"))
                .post(status)
                .then()
                .statusCode(409);
        for (String next : List.of("ACCEPTED", "IN_PROGRESS", "IMPLEMENTED")) {
            Api.as("sam")
                    .body(Map.of("status", next, "answer", "We moved it to " + next))
                    .post(status)
                    .then()
                    .statusCode(200)
                    .body("status", is(next));
        }
        Api.as("sam")
                .body(Map.of("status", "IN_PROGRESS", "answer", "Back again"))
                .post(status)
                .then()
                .statusCode(409);
        Api.anonymous()
                .get(status)
                .then()
                .statusCode(200)
                .body("items.to", contains("UNDER_REVIEW", "ACCEPTED", "IN_PROGRESS", "IMPLEMENTED"))
                .body("items[3].answer", is("We moved it to IMPLEMENTED"));
        Api.anonymous()
                .get("/api/v1/ideas?sort=recently-answered&limit=100")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void aWithdrawnIdeaIsGoneForEveryoneButItsAuthor() {
        String id = proposed("bob", idea("riverside-path", "Idea I changed my mind about"));
        Api.as("carol")
                .body(Map.of("status", "WITHDRAWN"))
                .post("/api/v1/ideas/" + id + "/status")
                .then()
                .statusCode(403);
        Api.as("bob")
                .body(Map.of("status", "WITHDRAWN"))
                .post("/api/v1/ideas/" + id + "/status")
                .then()
                .statusCode(200);
        Api.anonymous().get("/api/v1/ideas/" + id).then().statusCode(404);
        Api.as("bob").get("/api/v1/ideas/" + id).then().statusCode(200).body("status", is("WITHDRAWN"));
        Api.anonymous().get("/api/v1/ideas?limit=100").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void supportingTwiceLeavesOneSupportAndOwnIdeasCannotBeSupported() {
        String id = proposed("bob", idea("riverside-path", "Wider path at the weir"));
        String supports = "/api/v1/ideas/" + id + "/supports";
        Api.as("carol")
                .post(supports)
                .then()
                .statusCode(200)
                .body("supportCount", is(1))
                .body("supportedByMe", is(true));
        Api.as("carol").post(supports).then().statusCode(200).body("supportCount", is(1));
        Api.as("bob").post(supports).then().statusCode(409);
        Api.anonymous().post(supports).then().statusCode(401);
        Api.as("carol").get(supports).then().body("supportedByMe", is(true));
        Api.as("carol").delete(supports).then().statusCode(200).body("supportCount", is(0));
        Api.as("carol").delete(supports).then().statusCode(200).body("supportCount", is(0));
    }

    @Test
    void twoHundredCitizensSupportingAtOnceMakeExactlyTwoHundred() throws Exception {
        String id = proposed("bob", idea("riverside-path", "Popular idea"));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            tokens.add(Tokens.of("supporter" + i));
        }
        runAtOnce(tokens.stream()
                .<Callable<Integer>>map(token -> () -> supportWith(token, id))
                .toList());
        Api.anonymous().get("/api/v1/ideas/" + id).then().body("supportCount", is(200));
    }

    @Test
    void oneCitizenSupportingTwentyTimesAtOnceLeavesOneSupport() throws Exception {
        String id = proposed("bob", idea("riverside-path", "Idea backed by an eager fan"));
        String token = Tokens.of("eager");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> supportWith(token, id));
        }
        runAtOnce(calls);
        Api.anonymous().get("/api/v1/ideas/" + id).then().body("supportCount", is(1));
    }

    @Test
    void mostSupportedIdeasComeFirstAndPagesDoNotRepeat() {
        String serviceSlug = "park-rangers";
        String less = proposed("bob", idea(serviceSlug, "Less supported"));
        String more = proposed("bob", idea(serviceSlug, "More supported"));
        Api.as("carol").post("/api/v1/ideas/" + more + "/supports").then().statusCode(200);
        Api.as("dora").post("/api/v1/ideas/" + more + "/supports").then().statusCode(200);
        Api.as("carol").post("/api/v1/ideas/" + less + "/supports").then().statusCode(200);
        proposed("bob", idea(serviceSlug, "Not supported"));
        String service = serviceId(serviceSlug);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.anonymous()
                    .queryParam("service", service)
                    .queryParam("sort", "most-supported")
                    .queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/ideas")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.title"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly("More supported", "Less supported", "Not supported");
        Api.anonymous().get("/api/v1/ideas?sort=loudest").then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void staffSeeTheirOrganisationsIdeasWaitingLongestFirst() {
        String first = proposed("bob", idea("allotments", "Water butts on every plot"));
        String second = proposed("bob", idea("allotments", "A shared tool shed"));
        String elsewhere = proposed("bob", idea("street-cleaning", "More bins on the high street"));
        List<String> queue = Api.as("sam")
                .get("/api/v1/ideas/review-queue?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(queue).contains(first, second).doesNotContain(elsewhere);
        assertThat(queue.indexOf(first)).isLessThan(queue.indexOf(second));
        Api.as("bob").get("/api/v1/ideas/review-queue").then().statusCode(403);
    }

    private static int supportWith(String token, String id) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .post("/api/v1/ideas/" + id + "/supports")
                .then()
                .statusCode(200)
                .extract()
                .statusCode();
    }

    private static void runAtOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedListParametersAreBadRequestsAndWithdrawnIdeasCannotBeListed() {
        Api.anonymous()
                .get("/api/v1/ideas?status=WITHDRAWN")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        Api.anonymous()
                .get("/api/v1/ideas?service=not-a-uuid")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("service"));
        Api.anonymous()
                .get("/api/v1/ideas?status=MAYBE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        Api.anonymous()
                .get("/api/v1/challenges?state=SOON")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("state"));
        String forged = org.coproduce.shared.api.Cursors.encode(
                "1 OR 1=1", UUID.randomUUID().toString());
        Api.anonymous()
                .get("/api/v1/ideas?sort=most-supported&cursor=" + forged)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        Api.anonymous()
                .get("/api/v1/services?q=garden&cursor=" + forged)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }
}
