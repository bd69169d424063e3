package org.coproduce.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.volunteering.Volunteering.shiftIn;
import static org.coproduce.volunteering.Volunteering.signUpWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.coproduce.testing.Api;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Capacity and the waitlist under sign-ups that arrive at the same moment. */
@QuarkusTest
class SignupBurstTest {

    /** Runs every call at once (released together by a latch) and returns their answers in order. */
    private static List<Integer> atOnce(List<Callable<Integer>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> tokens(String prefix, int count) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(Tokens.of(prefix + i));
            Api.as(prefix + i).get("/api/v1/me").then().statusCode(200); // first visit creates the person
        }
        return tokens;
    }

    private static Roster roster(String shift) {
        return Api.as("sam")
                .get("/api/v1/shifts/" + shift + "/signups")
                .then()
                .statusCode(200)
                .extract()
                .as(Roster.class);
    }

    @Test
    void threeHundredCitizensAtOnceFillTwentyPlacesAndQueueTheRestWithoutGaps() throws Exception {
        String shift = shiftIn(60, 20);
        List<String> tokens = tokens("burst", 300);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        List<Integer> statuses = atOnce(
                tokens.stream()
                        .<Callable<Integer>>map(token -> () -> {
                            long t = System.nanoTime();
                            int status = signUpWith(token, shift);
                            latencies.add(System.nanoTime() - t);
                            return status;
                        })
                        .toList(),
                50);
        long elapsed = System.nanoTime() - began;

        assertThat(statuses).containsOnly(201);
        Roster roster = roster(shift);
        assertThat(roster.confirmed()).hasSize(20);
        assertThat(roster.waitlisted()).hasSize(280);
        assertThat(roster.waitlisted().stream().map(SignupView::waitlistPosition))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 280).boxed().toList());
        assertThat(roster.shift().confirmedCount()).isEqualTo(20);
        assertThat(roster.shift().waitlistLength()).isEqualTo(280);

        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf(
                "Sign-up burst: 300 sign-ups in %.0f ms, %.0f sign-ups/s, p50 %.0f ms, p99 %.0f ms%n",
                elapsed / 1e6, 300 / (elapsed / 1e9), sorted.get(149) / 1e6, sorted.get(296) / 1e6);
    }

    @Test
    void cancellationsWhileOthersSignUpKeepTheCountsExact() throws Exception {
        String shift = shiftIn(61, 10);
        List<String> early = tokens("early", 10);
        for (String token : early) {
            assertThat(signUpWith(token, shift)).isEqualTo(201);
        }
        List<String> signupIds =
                roster(shift).confirmed().stream().map(s -> s.id().toString()).toList();
        List<String> late = tokens("late", 40);

        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String token = early.get(i);
            String id = signupIds.get(i);
            // The roster lists confirmed people in sign-up order, and early tokens signed up in order.
            calls.add(() -> RestAssured.given()
                    .auth()
                    .oauth2(token)
                    .delete("/api/v1/signups/" + id)
                    .then()
                    .extract()
                    .statusCode());
        }
        late.forEach(token -> calls.add(() -> signUpWith(token, shift)));
        List<Integer> statuses = atOnce(calls, 45);
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 45)).containsOnly(201);

        Roster roster = roster(shift);
        assertThat(roster.confirmed()).hasSize(10);
        assertThat(roster.waitlisted()).hasSize(35);
        assertThat(roster.shift().confirmedCount()).isEqualTo(10);
        assertThat(roster.shift().waitlistLength()).isEqualTo(35);
        assertThat(roster.waitlisted().stream().map(SignupView::waitlistPosition))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 35).boxed().toList());
    }

    @Test
    void oneCitizenSigningUpTenTimesAtOnceGetsOneSignUp() throws Exception {
        String shift = shiftIn(62, 5);
        String token = Tokens.of("keen");
        List<Integer> statuses = atOnce(
                IntStream.range(0, 10)
                        .<Callable<Integer>>mapToObj(i -> () -> signUpWith(token, shift))
                        .toList(),
                10);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(9);
        assertThat(roster(shift).confirmed()).hasSize(1);
    }
}
