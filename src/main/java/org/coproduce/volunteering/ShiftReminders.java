package org.coproduce.volunteering;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.shared.time.InstanceTime;

/**
 * Reminds confirmed volunteers the day before their shift. Each sign-up is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as its notification, so
 * several instances remind each person once; the notification's email is urgent, so it goes out
 * at once unless the person chose no emails.
 */
@ApplicationScoped
public class ShiftReminders {
    private static final Duration AHEAD = Duration.ofHours(24);

    private final EntityManager db;
    private final Notifications notifications;
    private final InstanceTime time;
    private final Clock clock;

    ShiftReminders(EntityManager db, Notifications notifications, InstanceTime time, Clock clock) {
        this.db = db;
        this.notifications = notifications;
        this.time = time;
        this.clock = clock;
    }

    @Scheduled(
            identity = "shift-reminders",
            every = "${coproduce.volunteering.remind-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindOnSchedule() {
        remindDue();
    }

    /** Reminds everyone whose confirmed shift starts within a day; returns how many. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = db.createNativeQuery("""
                        SELECT u.id, u.person_id, s.id, s.starts_at, o.title, o.place_name
                        FROM signups u JOIN shifts s ON s.id = u.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                        WHERE u.status = 'CONFIRMED' AND u.reminded_at IS NULL
                          AND s.starts_at > ?1 AND s.starts_at <= ?2
                        ORDER BY s.starts_at
                        LIMIT 500
                        FOR UPDATE OF u SKIP LOCKED
                        """)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now.plus(AHEAD)))
                .getResultList();
        for (Object[] row : due) {
            Instant startsAt = org.coproduce.shared.database.SqlValues.instant(row[3]);
            String place = row[5] == null ? "" : " at " + row[5];
            notifications.notify(
                    List.of((UUID) row[1]),
                    new Notifications.Message(
                            NotificationKind.SHIFT_REMINDER,
                            (UUID) row[2],
                            row[4] + ", " + time.describe(startsAt),
                            "A reminder: your shift starts " + time.describe(startsAt) + place
                                    + ". If you cannot come, please cancel so someone else can take your place.",
                            "/my-shifts"));
        }
        if (!due.isEmpty()) {
            db.createNativeQuery("UPDATE signups SET reminded_at = ?1 WHERE id = ANY(CAST(?2 AS uuid[]))")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, due.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new))
                    .executeUpdate();
        }
        return due.size();
    }
}
