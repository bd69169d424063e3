package org.coproduce.shared.api;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Limits how often one person may do a particular thing (propose ideas, comment, report), in fixed
 * windows counted in the database in the write's own transaction, so every instance shares them
 * exactly. Over the limit: 429 with Retry-After and the RateLimit headers, and the write does not
 * happen. (Limits on all requests, per person, client or address, are {@link RequestRateLimits}.)
 */
@ApplicationScoped
public class RateLimits {
    private final EntityManager db;
    private final Clock clock;
    private final Settings settings;

    RateLimits(EntityManager db, Clock clock, Settings settings) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
    }

    /** The limits, per action: {@code coproduce.rate-limits.<action>.max} hits per {@code .window}. */
    @ConfigMapping(prefix = "coproduce.rate-limits")
    public interface Settings {
        Map<String, Limit> actions();

        /** One action's limit. */
        interface Limit {
            int max();

            @WithDefault("PT1H")
            Duration window();
        }
    }

    /** Counts one hit of {@code action} for {@code caller}; throws 429 when over the limit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hit(String caller, String action) {
        Settings.Limit limit = settings.actions().get(action);
        if (limit == null) {
            return;
        }
        long windowMillis = limit.window().toMillis();
        Instant now = clock.instant();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        int hits = ((Number) db.createNativeQuery("""
                                INSERT INTO rate_limit_windows (caller, action, window_start, hits) VALUES (?1, ?2, ?3, 1)
                                ON CONFLICT (caller, action, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
                                RETURNING hits
                                """)
                        .setParameter(1, caller)
                        .setParameter(2, action)
                        .setParameter(3, start)
                        .getSingleResult())
                .intValue();
        if (hits > limit.max()) {
            long retryAfter = Math.max(
                    1, Duration.between(now, start.plus(limit.window())).toSeconds());
            throw new TooManyRequests(
                    new Quota(limit.max(), 0, retryAfter, limit.window().toSeconds()),
                    "You have done this " + limit.max() + " times recently. Please wait " + (retryAfter + 59) / 60
                            + " minute(s) and try again.");
        }
    }

    @Scheduled(every = "1h", delayed = "10m")
    @Transactional
    void forgetOldWindows() {
        db.createNativeQuery("DELETE FROM rate_limit_windows WHERE window_start < now() - interval '2 days'")
                .executeUpdate();
    }

    /**
     * Where a caller stands against one limit, for the RateLimit headers.
     *
     * @param resetSeconds seconds until the window ends
     */
    public record Quota(int limit, int remaining, long resetSeconds, long windowSeconds) {
        /** The headers of draft-ietf-httpapi-ratelimit-headers, in their widely used form. */
        Map<String, String> headers() {
            return Map.of(
                    "RateLimit-Limit", Integer.toString(limit),
                    "RateLimit-Remaining", Integer.toString(remaining),
                    "RateLimit-Reset", Long.toString(resetSeconds),
                    "RateLimit-Policy", limit + ";w=" + windowSeconds);
        }
    }

    /** A 429 problem that carries its Retry-After and quota. */
    public static class TooManyRequests extends ProblemException {
        private final Quota quota;

        TooManyRequests(Quota quota, String detail) {
            super(ProblemType.TOO_MANY_REQUESTS, detail);
            this.quota = quota;
        }

        public long retryAfterSeconds() {
            return quota.resetSeconds();
        }

        public Quota quota() {
            return quota;
        }
    }
}
