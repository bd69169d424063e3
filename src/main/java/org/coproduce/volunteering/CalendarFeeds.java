package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.shared.api.ProblemException;

/**
 * Each person's private iCalendar feed of their shifts. The address carries a random token
 * instead of a sign-in (calendar apps cannot sign in); resetting it makes the old address useless.
 */
@ApplicationScoped
public class CalendarFeeds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager db;
    private final People people;
    private final Clock clock;

    CalendarFeeds(EntityManager db, People people, Clock clock) {
        this.db = db;
        this.people = people;
        this.clock = clock;
    }

    /** My feed's token, made on first use. */
    @Transactional
    public String myToken() {
        UUID me = people.me().id();
        db.createNativeQuery("INSERT INTO calendar_feeds (person_id, token) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, me)
                .setParameter(2, newToken())
                .executeUpdate();
        return (String) db.createNativeQuery("SELECT token FROM calendar_feeds WHERE person_id = ?1")
                .setParameter(1, me)
                .getSingleResult();
    }

    /** A new token; the old address stops working at once. */
    @Transactional
    public String resetMyToken() {
        UUID me = people.me().id();
        String token = newToken();
        db.createNativeQuery("""
                        INSERT INTO calendar_feeds (person_id, token) VALUES (?1, ?2)
                        ON CONFLICT (person_id) DO UPDATE SET token = excluded.token, created_at = now()
                        """).setParameter(1, me).setParameter(2, token).executeUpdate();
        return token;
    }

    /** The feed for a token: the owner's active shifts from 30 days ago on. 404 for an unknown token. */
    @Transactional
    public String feed(String token) {
        if (token == null || token.isBlank()) {
            throw ProblemException.notFound("calendar", null);
        }
        @SuppressWarnings("unchecked")
        Optional<UUID> owner = db.createNativeQuery("SELECT person_id FROM calendar_feeds WHERE token = ?1")
                .setParameter(1, token)
                .getResultStream()
                .findFirst();
        UUID person = owner.orElseThrow(() -> ProblemException.notFound("calendar", null));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT u.id, u.status, s.starts_at, s.ends_at, o.title, o.place_name, o.what_to_bring, u.updated_at
                        FROM signups u JOIN shifts s ON s.id = u.shift_id JOIN opportunities o ON o.id = s.opportunity_id
                        WHERE u.person_id = ?1 AND u.status IN ('CONFIRMED', 'WAITLISTED') AND s.ends_at > ?2
                        ORDER BY s.starts_at, u.id
                        """)
                .setParameter(1, person)
                .setParameter(2, java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))))
                .getResultList();
        Instant now = clock.instant();
        return ICalendar.of(
                rows.stream()
                        .map(row -> new ICalendar.Event(
                                row[0] + "@coproduce",
                                org.coproduce.shared.database.SqlValues.instant(row[2]),
                                org.coproduce.shared.database.SqlValues.instant(row[3]),
                                "WAITLISTED".equals(row[1]) ? row[4] + " (waiting list)" : (String) row[4],
                                (String) row[5],
                                row[6] == null ? null : "What to bring: " + row[6],
                                "WAITLISTED".equals(row[1]),
                                org.coproduce.shared.database.SqlValues.instant(row[7])))
                        .toList(),
                now);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
