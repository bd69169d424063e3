package org.coproduce.integrations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox. Each run leases a batch of due deliveries (rows taken with
 * {@code FOR UPDATE SKIP LOCKED}, then marked leased until the attempt's timeout has passed, so a
 * second instance running at the same moment takes other rows and never the same attempt), sends
 * them in parallel, and records each attempt: success ends the delivery; failure schedules the next
 * try with exponential backoff for up to 24 hours. A subscription that fails too many times in a
 * row, or whose delivery gives up, is disabled with the reason.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private final EntityManager db;
    private final TargetAddresses targets;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration retryFor;
    private final int disableAfter;
    private final Duration timeout;
    private final HttpClient http;

    WebhookSender(
            EntityManager db,
            TargetAddresses targets,
            Clock clock,
            @ConfigProperty(name = "coproduce.webhooks.first-retry") Duration firstRetry,
            @ConfigProperty(name = "coproduce.webhooks.retry-for") Duration retryFor,
            @ConfigProperty(name = "coproduce.webhooks.disable-after") int disableAfter,
            @ConfigProperty(name = "coproduce.webhooks.timeout") Duration timeout) {
        this.db = db;
        this.targets = targets;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.retryFor = retryFor;
        this.disableAfter = disableAfter;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One leased delivery: where to, with which secret, what. */
    record Leased(UUID id, UUID subscriptionId, String url, String secret, String payload) {}

    /** What one attempt came to. */
    record Outcome(Leased delivery, Instant at, Integer status, String error, long millis) {
        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(
            identity = "webhook-sender",
            every = "${coproduce.webhooks.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends every due delivery, batch by batch; returns how many attempts were made. */
    public int sendDue() {
        int sent = 0;
        List<Leased> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::lease);
            List<CompletableFuture<Outcome>> attempts = new ArrayList<>();
            for (Leased delivery : batch) {
                attempts.add(attempt(delivery));
            }
            List<Outcome> outcomes =
                    attempts.stream().map(CompletableFuture::join).toList();
            // One transaction records the batch: should it fail, the leases lapse and the batch is sent
            // again (at least once, never lost).
            QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::record));
            sent += batch.size();
        } while (batch.size() == BATCH);
        return sent;
    }

    List<Leased> lease() {
        Instant now = clock.instant();
        List<Leased> leased = new ArrayList<>();
        for (Object row : db.createNativeQuery("""
                        WITH due AS (
                            SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?1 AND s.active
                              AND (d.leased_until IS NULL OR d.leased_until < ?1)
                            ORDER BY d.next_attempt_at
                            LIMIT ?2
                            FOR UPDATE OF d SKIP LOCKED)
                        UPDATE webhook_deliveries d SET leased_until = ?3
                        FROM due, webhook_subscriptions s, webhook_events e
                        WHERE d.id = due.id AND s.id = d.subscription_id AND e.id = d.event_id
                        RETURNING d.id, d.subscription_id, s.url, s.secret, e.payload
                        """)
                .setParameter(1, now)
                .setParameter(2, BATCH)
                .setParameter(3, now.plus(timeout.multipliedBy(2)).plusSeconds(30))
                .getResultList()) {
            Object[] c = (Object[]) row;
            leased.add(new Leased((UUID) c[0], (UUID) c[1], (String) c[2], (String) c[3], (String) c[4]));
        }
        return leased;
    }

    private CompletableFuture<Outcome> attempt(Leased delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        Optional<String> refused = targets.refusal(delivery.url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(
                    new Outcome(delivery, at, null, "Not sent: the URL " + refused.get(), 0));
        }
        long timestamp = at.getEpochSecond();
        String id = delivery.id().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", "Coproduce-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignatures.sign(delivery.secret(), id, timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                return new Outcome(
                        delivery, at, null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), millis);
            }
            return new Outcome(delivery, at, response.statusCode(), null, millis);
        });
    }

    void record(Outcome outcome) {
        Leased delivery = outcome.delivery();
        List<?> state = db.createNativeQuery(
                        "SELECT attempts + 1, retrying_since FROM webhook_deliveries WHERE id = ?1 FOR UPDATE")
                .setParameter(1, delivery.id())
                .getResultList();
        if (state.isEmpty()) {
            return; // the webhook was removed while the attempt was under way
        }
        db.createNativeQuery(
                        "INSERT INTO webhook_attempts (id, delivery_id, attempted_at, status_code, error, duration_ms)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, delivery.id())
                .setParameter(3, outcome.at())
                .setParameter(4, outcome.status())
                .setParameter(5, outcome.error() == null ? null : truncate(outcome.error()))
                .setParameter(6, (int) Math.min(Integer.MAX_VALUE, outcome.millis()))
                .executeUpdate();
        if (outcome.succeeded()) {
            db.createNativeQuery("""
                            UPDATE webhook_deliveries SET status = 'SUCCEEDED', attempts = attempts + 1, last_attempt_at = ?2,
                                next_attempt_at = NULL, leased_until = NULL WHERE id = ?1
                            """)
                    .setParameter(1, delivery.id())
                    .setParameter(2, outcome.at())
                    .executeUpdate();
            db.createNativeQuery("UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE id = ?1")
                    .setParameter(1, delivery.subscriptionId())
                    .executeUpdate();
            return;
        }
        Object[] current = (Object[]) state.get(0);
        int attempts = ((Number) current[0]).intValue();
        Instant since = instant(current[1]);
        Instant next = outcome.at().plus(backoff(attempts));
        boolean givingUp = !next.isBefore(since.plus(retryFor));
        db.createNativeQuery("""
                        UPDATE webhook_deliveries SET attempts = ?2, last_attempt_at = ?3, leased_until = NULL,
                            status = ?4, next_attempt_at = ?5 WHERE id = ?1
                        """)
                .setParameter(1, delivery.id())
                .setParameter(2, attempts)
                .setParameter(3, outcome.at())
                .setParameter(4, givingUp ? "FAILED" : "PENDING")
                .setParameter(5, givingUp ? null : next)
                .executeUpdate();
        int failures = ((Number) db.createNativeQuery("""
                        UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1 WHERE id = ?1
                        RETURNING consecutive_failures
                        """)
                        .setParameter(1, delivery.subscriptionId())
                        .getSingleResult())
                .intValue();
        if (givingUp || failures >= disableAfter) {
            String last = outcome.status() != null ? "HTTP " + outcome.status() : outcome.error();
            String reason = givingUp
                    ? "Disabled: a delivery failed for " + retryFor.toHours() + " hours; the last attempt: " + last
                    : "Disabled after " + failures + " failed attempts in a row; the last: " + last;
            int disabled = db.createNativeQuery("""
                            UPDATE webhook_subscriptions SET active = false, disabled_reason = ?2, updated_at = ?3,
                                version = version + 1 WHERE id = ?1 AND active
                            """)
                    .setParameter(1, delivery.subscriptionId())
                    .setParameter(2, truncate(reason))
                    .setParameter(3, outcome.at())
                    .executeUpdate();
            if (disabled > 0) {
                LOG.warnf("Webhook %s disabled: %s", delivery.subscriptionId(), reason);
            }
        }
    }

    /** The wait before attempt {@code attempts + 1}: the first retry doubled each time, at most 6 hours. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
