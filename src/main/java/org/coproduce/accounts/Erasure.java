package org.coproduce.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.coproduce.shared.api.Idempotency;
import org.coproduce.shared.privacy.PersonalData;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.EndedSessions;

/**
 * "Erase my account". Every feature deletes what is personal and private; the person's row stays,
 * emptied, so what they wrote in public stays up as a former participant's and every count and
 * summary stays as it was. Their sessions end everywhere, and signing in again with the same
 * identity-provider account makes a new person.
 */
@ApplicationScoped
public class Erasure {
    /** The name shown with an erased person's public content. */
    public static final String FORMER_PARTICIPANT = "Former participant";

    private final EntityManager db;
    private final People people;
    private final CurrentIdentity identity;
    private final Instance<PersonalData> features;
    private final Idempotency idempotency;
    private final EndedSessions sessions;
    private final Clock clock;

    Erasure(
            EntityManager db,
            People people,
            CurrentIdentity identity,
            Instance<PersonalData> features,
            Idempotency idempotency,
            EndedSessions sessions,
            Clock clock) {
        this.db = db;
        this.people = people;
        this.identity = identity;
        this.features = features;
        this.idempotency = idempotency;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public void eraseMe() {
        UUID me = people.me().id();
        String subject = identity.subject();
        Person person = db.find(Person.class, me, LockModeType.PESSIMISTIC_WRITE);
        for (PersonalData feature : features) {
            feature.erase(me);
        }
        forgetOwnRecords(me);
        nameFormerParticipantInOthersNotifications(person.displayName);
        idempotency.forget(subject);
        person.subject = null;
        person.email = null;
        person.area = null;
        person.displayName = FORMER_PARTICIPANT;
        person.displayNameChosen = false;
        person.language = null;
        person.emailFrequency = EmailFrequency.NONE;
        person.erasedAt = clock.instant();
        person.updatedAt = person.erasedAt;
        sessions.endAll(subject);
    }

    private void forgetOwnRecords(UUID me) {
        for (String delete : new String[] {
            "DELETE FROM notifications WHERE recipient_id = ?1",
            "DELETE FROM notification_preferences WHERE person_id = ?1",
            "DELETE FROM person_group_answers WHERE person_id = ?1"
        }) {
            db.createNativeQuery(delete).setParameter(1, me).executeUpdate();
        }
    }

    /**
     * Notifications to others begin with the name of who acted ("Bob Jones: I agree…", "Bob Jones
     * invites you…"); those names become "Former participant".
     */
    private void nameFormerParticipantInOthersNotifications(String name) {
        db.createNativeQuery("""
                        UPDATE notifications SET detail = ?2 || substr(detail, length(?1) + 1)
                        WHERE starts_with(detail, ?1 || ':') OR starts_with(detail, ?1 || ' ')""")
                .setParameter(1, name)
                .setParameter(2, FORMER_PARTICIPANT)
                .executeUpdate();
    }
}
