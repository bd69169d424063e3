package org.coproduce.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo areas and self-declared answers, after the other demo loaders have made their people: the
 * ranger patrols are carried by older people from Northbank, which the representativeness monitor
 * shows against the borough's population.
 */
@ApplicationScoped
class DemoDeclarations {
    private static final Logger LOG = Logger.getLogger(DemoDeclarations.class);

    private final EntityManager db;
    private final Clock clock;
    private final boolean enabled;
    private final String emailDomain;

    DemoDeclarations(
            EntityManager db,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "coproduce.demo.email-domain", defaultValue = "riverside.example")
                    String emailDomain) {
        this.db = db;
        this.clock = clock;
        this.enabled = enabled;
        this.emailDomain = emailDomain;
    }

    @Transactional
    void load(@Observes @Priority(3400) StartupEvent started) {
        long declared = ((Number) db.createNativeQuery("SELECT count(*) FROM people WHERE area IS NOT NULL")
                        .getSingleResult())
                .longValue();
        if (!enabled || declared > 0) {
            return;
        }
        declare("gwen", "northbank", "65+", "no");
        declare("ali", "northbank", "65+", null);
        declare("rosa", "northbank", "65+", "yes");
        declare("ken", "northbank", "65+", null);
        declare("nia", "northbank", "65+", "no");
        declare("joe", "northbank", "45-64", null);
        declare("priya", "northbank", "25-44", "no");
        declare("tom", "millbrook", "25-44", null);
        declare("megan", "riverside-central", "16-24", "no");
        declare("dafydd", "millbrook", "45-64", "yes");
        declare("amara", "riverside-central", "25-44", null);
        LOG.info("Demo declarations: areas and age bands for the demo citizens");
    }

    private void declare(String user, String area, String ageBand, String disability) {
        String email = user + "@" + emailDomain;
        db.createNativeQuery("UPDATE people SET area = ?1 WHERE lower(email) = lower(?2)")
                .setParameter(1, area)
                .setParameter(2, email)
                .executeUpdate();
        answer(email, GroupQuestion.AGE_BAND, ageBand);
        answer(email, GroupQuestion.DISABILITY, disability);
    }

    private void answer(String email, GroupQuestion question, String answer) {
        if (answer == null) {
            return;
        }
        db.createNativeQuery("""
                        INSERT INTO person_group_answers (person_id, question, answer, answered_at)
                        SELECT id, ?1, ?2, ?3 FROM people WHERE lower(email) = lower(?4)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter(1, question.name())
                .setParameter(2, answer)
                .setParameter(3, clock.instant())
                .setParameter(4, email)
                .executeUpdate();
    }
}
