package org.coproduce.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;

/** My name and language. */
@ApplicationScoped
public class Accounts {
    private final EntityManager db;
    private final People people;
    private final CurrentIdentity identity;
    private final Clock clock;

    Accounts(EntityManager db, People people, CurrentIdentity identity, Clock clock) {
        this.db = db;
        this.people = people;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public AccountView mine() {
        return view(db.find(Person.class, people.me().id()));
    }

    /** A null name goes back to the identity provider's; blank names are refused by validation. */
    @Transactional
    public AccountView update(AccountSettings settings) {
        Person person = db.find(Person.class, people.me().id());
        String chosen =
                settings.displayName() == null ? null : settings.displayName().strip();
        if (chosen != null && chosen.isEmpty()) {
            throw ProblemException.invalidField("displayName", "must not be blank");
        }
        person.displayNameChosen = chosen != null;
        person.displayName = chosen != null ? chosen : identity.displayName();
        person.language = settings.language();
        person.updatedAt = clock.instant();
        return view(person);
    }

    private static AccountView view(Person person) {
        return new AccountView(
                person.id,
                person.displayName,
                person.displayNameChosen,
                person.language,
                person.email,
                person.createdAt);
    }
}
