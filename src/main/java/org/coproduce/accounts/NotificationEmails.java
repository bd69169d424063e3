package org.coproduce.accounts;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coproduce.shared.i18n.Languages;

/**
 * Emails notifications in the background, never in the request that caused them. Each person
 * chooses immediate, a daily digest of what is still unread, or none; urgent kinds (a place on a
 * shift) go at once to digest readers too.
 *
 * <p>Once only, even with several application instances: the immediate sender takes rows with
 * {@code FOR UPDATE SKIP LOCKED} and marks them in the same transaction; the digest locks the
 * person's row, so two instances never both write someone's digest. {@code emailed_at} means
 * "settled": set when sent, and also when nobody will ever send it (no email, chose none, read
 * before the digest), which keeps the queue's partial index small. A crash between sending and
 * committing may send one email twice; it never loses one.
 *
 * <p>Each email is in the language of the recipient's account ({@code people.language}; English when
 * they chose none).
 */
@ApplicationScoped
public class NotificationEmails {
    private static final int BATCH = 100;
    private static final String[] URGENT = java.util.Arrays.stream(NotificationKind.values())
            .filter(NotificationKind::isUrgent)
            .map(Enum::name)
            .toArray(String[]::new);

    private final EntityManager db;
    private final Mailer mailer;
    private final Settings settings;
    private final Clock clock;

    NotificationEmails(EntityManager db, Mailer mailer, Settings settings, Clock clock) {
        this.db = db;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Email settings: whether to send at all, and the portal address that links point to. */
    @ConfigMapping(prefix = "coproduce.email")
    public interface Settings {
        boolean enabled();

        String publicUrl();

        /** How often immediate emails go out; read by the scheduler, listed here so it is validated. */
        String sendEvery();

        /** When the daily digest goes out, in the instance's time zone. */
        String digestCron();
    }

    void announce(@Observes StartupEvent event) {
        Log.infof(
                settings.enabled()
                        ? "Notification emails are on; links point to %s"
                        : "Notification emails are off (set COPRODUCE_EMAIL_ENABLED=true and the SMTP settings);"
                                + " people still see notifications in the portal. Links would point to %s",
                settings.publicUrl());
    }

    @Scheduled(
            identity = "notification-emails",
            every = "${coproduce.email.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDueEmails() {
        if (settings.enabled()) {
            sendImmediate();
        }
    }

    @Scheduled(
            identity = "notification-digests",
            cron = "${coproduce.email.digest-cron}",
            timeZone = "${coproduce.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDailyDigests() {
        if (settings.enabled()) {
            sendDigests();
        }
    }

    /** Sends every waiting notification of people who chose immediate; returns how many were sent. */
    public int sendImmediate() {
        int sent = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::sendImmediateBatch);
            sent += batch;
        } while (batch == BATCH);
        return sent;
    }

    /** Sends each person who chose the digest one email of what they have not read; returns how many emails. */
    public int sendDigests() {
        Instant cutOff = clock.instant();
        QuarkusTransaction.requiringNew().run(this::settleUnwanted);
        // Each person once per run, even if a row of theirs is busy in another transaction.
        java.util.Set<UUID> done = new java.util.HashSet<>();
        int sent = 0;
        Boolean emailed;
        while ((emailed = QuarkusTransaction.requiringNew().call(() -> sendNextDigest(cutOff, done))) != null) {
            sent += emailed ? 1 : 0;
        }
        return sent;
    }

    private int sendImmediateBatch() {
        settleUnwanted();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT n.id, p.email, n.title, n.detail, n.link, n.kind, p.language
                        FROM notifications n JOIN people p ON p.id = n.recipient_id
                        LEFT JOIN notification_preferences k ON k.person_id = p.id AND k.kind = n.kind
                        WHERE n.emailed_at IS NULL AND p.email IS NOT NULL
                          AND (coalesce(k.frequency, p.email_frequency) = 'IMMEDIATE'
                               OR coalesce(k.frequency, p.email_frequency) = 'DAILY_DIGEST'
                                  AND n.kind = ANY(CAST(?2 AS text[])))
                        ORDER BY n.created_at
                        LIMIT ?1
                        FOR UPDATE OF n SKIP LOCKED
                        """)
                .setParameter(1, BATCH)
                .setParameter(2, URGENT)
                .getResultList();
        for (Object[] row : rows) {
            Locale language = Languages.fromAccount((String) row[6]);
            mailer.send(Mail.withText(
                    (String) row[1],
                    NotificationEmailText.subject((String) row[2], language),
                    NotificationEmailText.single(
                            (String) row[2],
                            detail((String) row[5], (String) row[3], language),
                            url((String) row[4]),
                            settingsUrl(),
                            language)));
        }
        settle(rows.stream().map(row -> (UUID) row[0]).toList());
        return rows.size();
    }

    /** One person's digest; null when nobody is left to write to, false when their news was all read. */
    private Boolean sendNextDigest(Instant cutOff, java.util.Set<UUID> done) {
        @SuppressWarnings("unchecked")
        List<Object[]> people = db.createNativeQuery("""
                        SELECT p.id, p.email, p.language FROM people p
                        WHERE p.email IS NOT NULL
                          AND EXISTS (SELECT 1 FROM notifications n
                                      LEFT JOIN notification_preferences k
                                             ON k.person_id = n.recipient_id AND k.kind = n.kind
                                      WHERE n.recipient_id = p.id AND n.emailed_at IS NULL AND n.created_at <= ?1
                                        AND coalesce(k.frequency, p.email_frequency) = 'DAILY_DIGEST')
                          AND p.id <> ALL(CAST(?2 AS uuid[]))
                        LIMIT 1
                        FOR NO KEY UPDATE OF p SKIP LOCKED
                        """)
                .setParameter(1, Timestamp.from(cutOff))
                .setParameter(2, done.toArray(UUID[]::new))
                .getResultList();
        if (people.isEmpty()) {
            return null;
        }
        UUID recipient = (UUID) people.get(0)[0];
        Locale language = Languages.fromAccount((String) people.get(0)[2]);
        done.add(recipient);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT n.id, n.title, n.detail, n.link, n.read_at IS NOT NULL, n.kind
                        FROM notifications n JOIN people p ON p.id = n.recipient_id
                        LEFT JOIN notification_preferences k ON k.person_id = p.id AND k.kind = n.kind
                        WHERE n.recipient_id = ?1 AND n.emailed_at IS NULL AND n.created_at <= ?2
                          AND coalesce(k.frequency, p.email_frequency) = 'DAILY_DIGEST'
                        ORDER BY n.created_at
                        FOR UPDATE OF n SKIP LOCKED
                        """)
                .setParameter(1, recipient)
                .setParameter(2, Timestamp.from(cutOff))
                .getResultList();
        List<NotificationEmailText.Item> unread = rows.stream()
                .filter(row -> !(Boolean) row[4])
                .map(row -> new NotificationEmailText.Item(
                        (String) row[1], detail((String) row[5], (String) row[2], language), url((String) row[3])))
                .toList();
        if (!unread.isEmpty()) {
            mailer.send(Mail.withText(
                    (String) people.get(0)[1],
                    NotificationEmailText.digestSubject(unread.size(), language),
                    NotificationEmailText.digest(unread, settingsUrl(), language)));
        }
        settle(rows.stream().map(row -> (UUID) row[0]).toList());
        return !unread.isEmpty();
    }

    /** Notifications nobody will email: the person has no address or chose none. */
    private void settleUnwanted() {
        db.createNativeQuery("""
                        UPDATE notifications n SET emailed_at = ?1 FROM people p
                        WHERE p.id = n.recipient_id AND n.emailed_at IS NULL
                          AND (p.email IS NULL
                               OR coalesce((SELECT k.frequency FROM notification_preferences k
                                            WHERE k.person_id = p.id AND k.kind = n.kind), p.email_frequency) = 'NONE')
                        """)
                .setParameter(1, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    private void settle(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.createNativeQuery("UPDATE notifications SET emailed_at = ?1 WHERE id = ANY(CAST(?2 AS uuid[]))")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, ids.toArray(UUID[]::new))
                .executeUpdate();
    }

    private static String detail(String kind, String detail, Locale language) {
        return NotificationKind.IDEA_STATUS_CHANGED.name().equals(kind)
                ? NotificationEmailText.readable(detail, language)
                : detail;
    }

    private String url(String link) {
        return settings.publicUrl().replaceAll("/+$", "") + link;
    }

    private String settingsUrl() {
        return url("/notifications");
    }
}
