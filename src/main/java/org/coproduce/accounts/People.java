package org.coproduce.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.ProblemType;
import org.coproduce.shared.security.CurrentIdentity;

/** Finds the person behind the current sign-in, creating them on their first visit. */
@ApplicationScoped
public class People {
    private final PersonRepository people;
    private final CurrentIdentity identity;
    private final CurrentPersonCache cache;
    private final Clock clock;

    People(PersonRepository people, CurrentIdentity identity, CurrentPersonCache cache, Clock clock) {
        this.people = people;
        this.identity = identity;
        this.cache = cache;
        this.clock = clock;
    }

    /** The signed-in person; 401 when nobody is signed in, 403 for a machine client. */
    @Transactional
    public PersonRef me() {
        if (!identity.isSignedIn()) {
            throw new ProblemException(ProblemType.NOT_SIGNED_IN, "Sign in, or send a valid bearer token.");
        }
        if (!identity.isPerson()) {
            throw ProblemException.forbidden("A machine client acts for no person.");
        }
        return cache.computeIfAbsent(() -> PersonRef.of(findOrCreate()));
    }

    /**
     * The people with these ids, as references. Read with one array-bound query and no managed
     * entities: every list of ideas, comments and reviews names its people through this.
     */
    public java.util.Map<UUID, PersonRef> findByIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = people.getEntityManager()
                .createNativeQuery("SELECT id, display_name, email FROM people WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        java.util.Map<UUID, PersonRef> found = new java.util.HashMap<>();
        for (Object[] row : rows) {
            found.put((UUID) row[0], new PersonRef((UUID) row[0], (String) row[1], (String) row[2]));
        }
        return found;
    }

    /** The signed-in person, or empty for an anonymous visitor or a machine client. */
    @Transactional
    public Optional<PersonRef> meIfSignedIn() {
        return identity.isPerson() ? Optional.of(me()) : Optional.empty();
    }

    /** Records a person by email before they first sign in, so staff can be set up ahead of time. */
    @Transactional
    public PersonRef invite(String email, String displayName) {
        // Insert-if-absent, so two admins inviting the same address at once make one person.
        people.insertIfAbsent(UUID.randomUUID(), null, displayName, email);
        return people.findByEmail(email).map(PersonRef::of).orElseThrow();
    }

    /**
     * The person who signs in with this email; when nobody has yet, a record that their first
     * sign-in with a verified email claims, so they can be invited before they join.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PersonRef findOrInviteByEmail(String email) {
        return people.findByEmail(email)
                .map(PersonRef::of)
                .orElseGet(() -> invite(email, email.substring(0, Math.max(1, email.indexOf('@')))));
    }

    private Person findOrCreate() {
        String subject = identity.subject();
        Optional<Person> known = people.findBySubject(subject);
        if (known.isPresent()) {
            return refreshed(known.get());
        }
        String name = identity.displayName();
        Optional<String> email = identity.verifiedEmail();
        if (email.isEmpty() || people.claimInvitation(email.get(), subject, name) == 0) {
            people.insertIfAbsent(
                    UUID.randomUUID(), subject, name, identity.email().orElse(null));
        }
        return people.findBySubject(subject).orElseGet(() -> {
            // The email belongs to another signed-in person: keep this one without it.
            people.insertIfAbsent(UUID.randomUUID(), subject, name, null);
            return people.findBySubject(subject).orElseThrow();
        });
    }

    /** Keeps the name in step with the identity provider, where people change it. */
    private Person refreshed(Person person) {
        String name = identity.displayName();
        if (!person.displayNameChosen && !name.equals(person.displayName)) {
            person.displayName = name;
            person.updatedAt = clock.instant();
        }
        return person;
    }
}
