package org.coproduce.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /**
     * Inserts the person unless another request signed the same subject in at the same moment;
     * the unique subject then keeps exactly one row.
     */
    public void insertIfAbsent(UUID id, String subject, String displayName, String email) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO people (id, subject, display_name, email) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, displayName)
                .setParameter(4, email)
                .executeUpdate();
    }

    /** Gives an invited person (known by email, never signed in) the subject that now signs in. */
    public int claimInvitation(String email, String subject, String displayName) {
        return getEntityManager()
                .createNativeQuery("""
                        UPDATE people SET subject = ?2, display_name = ?3, updated_at = now(), version = version + 1
                        WHERE lower(email) = lower(?1) AND subject IS NULL
                        """)
                .setParameter(1, email)
                .setParameter(2, subject)
                .setParameter(3, displayName)
                .executeUpdate();
    }
}
