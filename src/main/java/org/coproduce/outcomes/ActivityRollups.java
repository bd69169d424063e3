package org.coproduce.outcomes;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.ideas.IdeaStatistics;
import org.coproduce.shared.time.InstanceTime;
import org.coproduce.volunteering.DeliveryStatistics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the activity rollups behind every record and the overview fresh: each instance checks
 * every {@code refresh-check} (30 seconds) and rebuilds them all, in one transaction, once the last
 * rebuild is older than {@code refresh-every} (5 minutes) or there has been none, as on a new
 * database. The rollups' row in {@code outcome_refreshes} is taken with
 * {@code FOR UPDATE SKIP LOCKED}, so while one instance rebuilds the others skip, and an instance
 * that finds a fresh enough rebuild by another does nothing.
 */
@ApplicationScoped
public class ActivityRollups {
    private static final Logger LOG = Logger.getLogger(ActivityRollups.class);
    private static final Pattern EVERY = Pattern.compile("(\\d+)([smh])");

    private final EntityManager db;
    private final IdeaStatistics ideas;
    private final DeliveryStatistics delivery;
    private final InstanceTime time;
    private final Clock clock;
    private final Duration every;
    /** Whether start-up (demo data included) has finished: the scheduler may fire before it has. */
    private volatile boolean started;

    ActivityRollups(
            EntityManager db,
            IdeaStatistics ideas,
            DeliveryStatistics delivery,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.outcomes.refresh-every") String every) {
        this.db = db;
        this.ideas = ideas;
        this.delivery = delivery;
        this.time = time;
        this.clock = clock;
        this.every = interval(every);
    }

    /** The rebuild that finished last, if any. */
    public record Refresh(Instant refreshedAt, Long tookMs) {}

    @Scheduled(
            identity = "outcomes-activity-rollups",
            every = "${coproduce.outcomes.refresh-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!started) {
            return;
        }
        refresh(false).ifPresent(done -> LOG.debugf("Activity rollups rebuilt in %d ms", done.tookMs()));
    }

    void afterStartUp(@Observes @Priority(5000) StartupEvent event) {
        started = true;
    }

    /**
     * Rebuilds the rollups unless another instance is rebuilding them now or, when not
     * {@code forced}, the last rebuild is younger than the interval.
     *
     * @return the new refresh, or empty when this instance left it to another
     */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public Optional<Refresh> refresh(boolean forced) {
        @SuppressWarnings("unchecked")
        List<Object> last = db.createNativeQuery(
                        "SELECT refreshed_at FROM outcome_refreshes WHERE name = 'activity' FOR UPDATE"
                                + (forced ? "" : " SKIP LOCKED"))
                .getResultList();
        Instant now = clock.instant();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Instant previous = instant(last.get(0));
        if (!forced && previous != null && previous.isAfter(now.minus(every))) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        ideas.refreshRollups(time.zone());
        delivery.refreshRollups(time.zone());
        long tookMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant refreshedAt = clock.instant();
        db.createNativeQuery("UPDATE outcome_refreshes SET refreshed_at = ?1, took_ms = ?2 WHERE name = 'activity'")
                .setParameter(1, refreshedAt)
                .setParameter(2, tookMs)
                .executeUpdate();
        return Optional.of(new Refresh(refreshedAt, tookMs));
    }

    /** When the rollups were last rebuilt; null fields before the first rebuild. */
    @Transactional
    public Refresh last() {
        Object[] row = (Object[])
                db.createNativeQuery("SELECT refreshed_at, took_ms FROM outcome_refreshes WHERE name = 'activity'")
                        .getSingleResult();
        return new Refresh(instant(row[0]), row[1] == null ? null : ((Number) row[1]).longValue());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** "30s", "5m" or "1h" as a duration; anything else (such as "off") as zero. */
    static Duration interval(String every) {
        Matcher m = EVERY.matcher(every.trim());
        if (!m.matches()) {
            return Duration.ZERO;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }
}
