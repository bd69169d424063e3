package org.coproduce.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.database.SqlValues;

/**
 * In-app notifications. Features call {@link #notify} inside their own transaction; one set-based
 * INSERT covers any number of recipients (an idea may have thousands of supporters).
 */
@ApplicationScoped
public class Notifications {
    private final EntityManager db;
    private final People people;
    private final Clock clock;

    Notifications(EntityManager db, People people, Clock clock) {
        this.db = db;
        this.people = people;
        this.clock = clock;
    }

    /** What to tell, and where in the portal it can be seen. */
    public record Message(NotificationKind kind, UUID subjectId, String title, String detail, String link) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(Collection<UUID> recipients, Message message) {
        if (recipients.isEmpty()) {
            return;
        }
        db.createNativeQuery("""
                        INSERT INTO notifications (id, recipient_id, kind, subject_id, title, detail, link, created_at)
                        SELECT gen_random_uuid(), r, ?2, ?3, ?4, ?5, ?6, ?7 FROM unnest(CAST(?1 AS uuid[])) AS r
                        """)
                .setParameter(1, recipients.stream().distinct().toArray(UUID[]::new))
                .setParameter(2, message.kind().name())
                .setParameter(3, message.subjectId())
                .setParameter(4, message.title())
                .setParameter(5, message.detail())
                .setParameter(6, message.link())
                .setParameter(7, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @Transactional
    public NotificationPage mine(String cursor, int limit) {
        UUID me = people.me().id();
        String after = "";
        Instant afterAt = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(cursor, 2);
            try {
                afterAt = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
            after = " AND (created_at, id) < (?2, ?3)";
        }
        var query = db.createNativeQuery(
                        "SELECT id, kind, title, detail, link, read_at IS NOT NULL, created_at FROM notifications"
                                + " WHERE recipient_id = ?1" + after + " ORDER BY created_at DESC, id DESC LIMIT "
                                + (limit + 1))
                .setParameter(1, me);
        if (cursor != null) {
            query.setParameter(2, Timestamp.from(afterAt)).setParameter(3, afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        KeysetPage<Object[]> page = KeysetPage.of(
                rows, limit, row -> List.of(SqlValues.instant(row[6]).toString(), row[0].toString()));
        List<NotificationView> items = page.rows().stream()
                .map(row -> new NotificationView(
                        (UUID) row[0],
                        NotificationKind.valueOf((String) row[1]),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (Boolean) row[5],
                        SqlValues.instant(row[6])))
                .toList();
        long unread = ((Number) db.createNativeQuery(
                                "SELECT count(*) FROM notifications WHERE recipient_id = ?1 AND read_at IS NULL")
                        .setParameter(1, me)
                        .getSingleResult())
                .longValue();
        return new NotificationPage(items, page.nextCursor(), unread);
    }

    /** Marks one of my notifications read; 404 for anyone else's. */
    @Transactional
    public void markRead(UUID id) {
        int updated = db.createNativeQuery(
                        "UPDATE notifications SET read_at = coalesce(read_at, ?3) WHERE id = ?1 AND recipient_id = ?2")
                .setParameter(1, id)
                .setParameter(2, people.me().id())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("notification", id);
        }
    }

    @Transactional
    public void markAllRead() {
        db.createNativeQuery("UPDATE notifications SET read_at = ?2 WHERE recipient_id = ?1 AND read_at IS NULL")
                .setParameter(1, people.me().id())
                .setParameter(2, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
