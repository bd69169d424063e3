package org.coproduce.ratings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.ratings.RatingFixtures.newParksService;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.coproduce.testing.Api;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * 500 citizens rate one service at the same moment, 100 of them changing their rating straight
 * away, and two of them submitting twice at once: the stored summary must equal a recomputation
 * from the raw ratings, to the last digit.
 */
@QuarkusTest
class RatingSummaryConcurrencyTest {
    private static final int PEOPLE = 500;
    private static final int CHANGING = 100;

    @Inject
    DataSource dataSource;

    @Test
    void fiveHundredRatingsAtOnceLeaveAnExactSummary() throws Exception {
        String service = newParksService();
        String prefix = "crowd" + UUID.randomUUID().toString().substring(0, 4) + "-";
        List<Callable<String>> signIns = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String user = prefix + i;
            signIns.add(() -> {
                Api.as(user).get("/api/v1/me").then().statusCode(200); // the first visit creates the person
                return Tokens.of(user);
            });
        }
        List<String> tokens = atOnce(signIns, 8);

        List<Callable<List<Integer>>> calls = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String token = tokens.get(i);
            int person = i;
            calls.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                Map<String, Object> body = body(1 + person % 5, person % 3 == 0 ? null : 1 + person % 4);
                Response created = post(token, service, body);
                statuses.add(created.statusCode());
                if (person < 2) {
                    statuses.add(post(token, service, body).statusCode()); // a double submission
                }
                if (person < CHANGING && created.statusCode() == 201) {
                    Response changed = given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .header("If-Match", created.header("ETag"))
                            .body(body(5 - person % 5, 1 + person % 5))
                            .put("/api/v1/ratings/" + created.path("id"));
                    statuses.add(changed.statusCode());
                }
                return statuses;
            });
        }
        List<List<Integer>> answers = atOnce(calls, 64);

        assertThat(answers.stream().map(a -> a.get(0))).containsOnly(201);
        assertThat(answers.get(0).get(1)).isEqualTo(409);
        assertThat(answers.get(1).get(1)).isEqualTo(409);
        assertThat(answers.subList(2, CHANGING).stream().map(a -> a.get(1))).containsOnly(200);

        long[] stored = storedSummary(service);
        long[] recomputed = recomputedSummary(service);
        assertThat(stored).containsExactly(recomputed);
        assertThat(stored[0]).isEqualTo(PEOPLE);
        assertThat(storedMonths(service)).isEqualTo(recomputedMonths(service));

        JsonPath summary = Api.anonymous()
                .get("/api/v1/services/" + service + "/ratings/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(summary.getLong("count")).isEqualTo(recomputed[0]);
        assertThat(new BigDecimal(summary.getString("mean")))
                .isEqualByComparingTo(RatingSummaries.mean(recomputed[1], recomputed[0]));
        assertThat(new BigDecimal(summary.getString("netScore")))
                .isEqualByComparingTo(RatingSummaries.netScore(
                        recomputed[5] + recomputed[6], recomputed[2] + recomputed[3], recomputed[0]));
        for (int score = 1; score <= 5; score++) {
            assertThat(summary.getLong("distribution[" + (score - 1) + "].count"))
                    .isEqualTo(recomputed[1 + score]);
        }
        assertThat(new BigDecimal(summary.getString("dimensions.find { it.dimension == 'timeliness' }.mean")))
                .isEqualByComparingTo(RatingSummaries.mean(recomputed[10], recomputed[9]));
    }

    private static Map<String, Object> body(int overall, Integer timeliness) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("overall", overall);
        if (timeliness != null) {
            body.put("timeliness", timeliness);
        }
        return body;
    }

    private static Response post(String token, String service, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/services/" + service + "/ratings");
    }

    private long[] storedSummary(String service) throws Exception {
        return row("""
                SELECT rating_count, overall_sum, score_1, score_2, score_3, score_4, score_5,
                       access_count, access_sum, timeliness_count, timeliness_sum,
                       courtesy_count, courtesy_sum, outcome_count, outcome_sum
                FROM rating_summaries WHERE service_id = ?::uuid
                """, service);
    }

    private long[] recomputedSummary(String service) throws Exception {
        return row("""
                SELECT count(*), sum(overall),
                       count(*) FILTER (WHERE overall = 1), count(*) FILTER (WHERE overall = 2),
                       count(*) FILTER (WHERE overall = 3), count(*) FILTER (WHERE overall = 4),
                       count(*) FILTER (WHERE overall = 5),
                       count(access), coalesce(sum(access), 0), count(timeliness), coalesce(sum(timeliness), 0),
                       count(courtesy), coalesce(sum(courtesy), 0), count(outcome), coalesce(sum(outcome), 0)
                FROM ratings WHERE service_id = ?::uuid
                """, service);
    }

    private String storedMonths(String service) throws Exception {
        return text("""
                SELECT string_agg(month || ':' || rating_count || ':' || overall_sum || ':' || low_count || ':' || high_count, ','
                                  ORDER BY month)
                FROM rating_months WHERE service_id = ?::uuid AND rating_count <> 0
                """, service);
    }

    private String recomputedMonths(String service) throws Exception {
        return text("""
                SELECT string_agg(m, ',' ORDER BY m) FROM (
                    SELECT rated_month || ':' || count(*) || ':' || sum(overall) || ':'
                           || count(*) FILTER (WHERE overall <= 2) || ':' || count(*) FILTER (WHERE overall >= 4) AS m
                    FROM ratings WHERE service_id = ?::uuid GROUP BY rated_month) months
                """, service);
    }

    private long[] row(String sql, String service) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, service);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                long[] values = new long[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.getLong(i + 1);
                }
                return values;
            }
        }
    }

    private String text(String sql, String service) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, service);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static <T> List<T> atOnce(List<Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (Callable<T> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
