package org.coproduce.shared.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request counters shared by every instance without a database write per request: each instance
 * counts in memory and, every second, adds what it counted to the window's row in
 * {@code rate_limit_windows}, learning the total of all instances in return. So a limit holds
 * exactly within an instance and across instances to within a second's requests, and reading an
 * API page costs no database write.
 */
@ApplicationScoped
public class SharedCounters {
    private record Key(String caller, String action, Instant windowStart) {}

    /** Hits counted here and not yet added to the shared row, and the shared total last seen. */
    private static final class Counter {
        final AtomicInteger unsent = new AtomicInteger();
        final int max;
        volatile int shared;

        Counter(int max) {
            this.max = max;
        }
    }

    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();
    private final EntityManager db;
    private final Clock clock;

    SharedCounters(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Counts one request of {@code caller} against the limit; throws 429 when over it. */
    public RateLimits.Quota hit(String caller, String action, RateLimits.Settings.Limit limit) {
        long windowMillis = limit.window().toMillis();
        Instant now = clock.instant();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        long reset =
                Math.max(1, Duration.between(now, start.plus(limit.window())).toSeconds());
        Counter counter = counters.computeIfAbsent(new Key(caller, action, start), key -> new Counter(limit.max()));
        int total = counter.shared + counter.unsent.incrementAndGet();
        if (total > limit.max()) {
            counter.unsent.decrementAndGet(); // a refused request does not count
            throw new RateLimits.TooManyRequests(
                    new RateLimits.Quota(limit.max(), 0, reset, limit.window().toSeconds()),
                    "Too many requests: at most " + limit.max() + " every "
                            + limit.window().toSeconds() + " seconds. Please wait " + reset
                            + " seconds and try again.");
        }
        return new RateLimits.Quota(
                limit.max(), limit.max() - total, reset, limit.window().toSeconds());
    }

    @Scheduled(
            identity = "shared-request-counters",
            every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        share();
    }

    /** Adds this instance's new counts to the shared rows and learns the totals. */
    void share() {
        Instant now = clock.instant();
        counters.forEach((key, counter) -> {
            int unsent = counter.unsent.get();
            // Callers past half their allowance also learn what other instances counted, even when
            // this one counted nothing new: that is when it matters.
            if (unsent > 0 || counter.shared * 2 >= counter.max) {
                // Count them as shared before they stop being unsent, so that no request slips
                // through while the row is being written (only this method changes shared).
                counter.shared += unsent;
                counter.unsent.addAndGet(-unsent);
                counter.shared = QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) db.createNativeQuery("""
                                        INSERT INTO rate_limit_windows (caller, action, window_start, hits)
                                        VALUES (?1, ?2, ?3, ?4)
                                        ON CONFLICT (caller, action, window_start)
                                        DO UPDATE SET hits = rate_limit_windows.hits + EXCLUDED.hits
                                        RETURNING hits
                                        """)
                                        .setParameter(1, key.caller())
                                        .setParameter(2, key.action())
                                        .setParameter(3, key.windowStart())
                                        .setParameter(4, unsent)
                                        .getSingleResult())
                                .intValue());
            }
        });
        // Windows that ended a minute ago are done with.
        counters.keySet().removeIf(key -> key.windowStart().isBefore(now.minus(Duration.ofHours(2))));
    }
}
