package org.coproduce.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two instances' counters, sharing one limit through the database. */
@QuarkusTest
class SharedCountersTest {
    @Inject
    EntityManager db;

    @Inject
    Clock clock;

    private static final RateLimits.Settings.Limit TEN_AN_HOUR = new RateLimits.Settings.Limit() {
        @Override
        public int max() {
            return 10;
        }

        @Override
        public Duration window() {
            return Duration.ofHours(1);
        }
    };

    @Test
    void twoInstancesShareOneLimit() {
        SharedCounters first = new SharedCounters(db, clock);
        SharedCounters second = new SharedCounters(db, clock);
        String caller = "address:test-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            first.hit(caller, "shared-test", TEN_AN_HOUR);
        }
        for (int i = 0; i < 4; i++) {
            second.hit(caller, "shared-test", TEN_AN_HOUR);
        }
        // Within a second each instance shares what it counted and learns the other's.
        first.share();
        second.share();
        first.share();
        assertThatThrownBy(() -> second.hit(caller, "shared-test", TEN_AN_HOUR))
                .isInstanceOf(RateLimits.TooManyRequests.class);
        assertThatThrownBy(() -> first.hit(caller, "shared-test", TEN_AN_HOUR))
                .isInstanceOf(RateLimits.TooManyRequests.class);
        // Refused requests do not count.
        first.share();
        assertThat(((Number) db.createNativeQuery(
                                        "SELECT sum(hits) FROM rate_limit_windows WHERE caller = ?1 AND action = 'shared-test'")
                                .setParameter(1, caller)
                                .getSingleResult())
                        .intValue())
                .isEqualTo(10);
    }
}
