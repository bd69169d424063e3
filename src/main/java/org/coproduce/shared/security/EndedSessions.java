package org.coproduce.shared.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Ends sessions on the server, not only in the browser: after sign-out or erasure, every token of
 * that subject issued before then is refused (401) by every instance, so a copied session cookie
 * or bearer token stops working at once rather than when it expires.
 */
@ApplicationScoped
public class EndedSessions implements SecurityIdentityAugmentor {
    /** Longer than any token or session the identity provider issues; older rows can go. */
    private static final Duration REMEMBERED_FOR = Duration.ofDays(2);

    /** quarkus.oidc.logout.path */
    private static final String SIGN_OUT_PATH = "/auth/sign-out";

    private static final Logger LOG = Logger.getLogger(EndedSessions.class);

    private final EntityManager db;
    private final Clock clock;

    EndedSessions(EntityManager db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Ends every session of this subject started before now. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void endAll(String subject) {
        // Tokens carry whole seconds: one issued in this second (a fresh sign-in) stays valid.
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        db.createNativeQuery("""
                        INSERT INTO ended_sessions (subject_digest, ended_before) VALUES (?1, ?2)
                        ON CONFLICT (subject_digest) DO UPDATE SET ended_before = greatest(ended_sessions.ended_before, ?2)""")
                .setParameter(1, digest(subject))
                .setParameter(2, Timestamp.from(before))
                .executeUpdate();
    }

    /** Sign-out through the portal ends the session everywhere, not only in this browser. */
    void onSignOut(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED
                || event.getSecurityIdentity() == null
                || event.getSecurityIdentity().isAnonymous()) {
            return;
        }
        String subject = event.getSecurityIdentity().getPrincipal().getName();
        if (event.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            subject = token.getSubject();
        }
        String ended = subject;
        // The event comes on the I/O thread, where the database may not be called.
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> endAll(ended));
            } catch (RuntimeException e) {
                LOG.error("Could not record a sign-out: the session ends in this browser only", e);
            }
        });
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String subject = token.getSubject();
        long issuedAt = token.getIssuedAtTime();
        if (subject == null || isSignOut(identity)) {
            // An ended session may still sign out: that clears its cookie and the provider's session.
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (QuarkusTransaction.requiringNew().call(() -> endedAfter(subject, Instant.ofEpochSecond(issuedAt)))) {
                throw new AuthenticationFailedException("This session has ended. Sign in again.");
            }
            return identity;
        });
    }

    private boolean endedAfter(String subject, Instant issuedAt) {
        return !db.createNativeQuery("SELECT 1 FROM ended_sessions WHERE subject_digest = ?1 AND ended_before > ?2")
                .setParameter(1, digest(subject))
                .setParameter(2, Timestamp.from(issuedAt))
                .getResultList()
                .isEmpty();
    }

    private static boolean isSignOut(SecurityIdentity identity) {
        // Checked, not cast: a mechanism that does not set the attribute gets no exemption.
        Object request = identity.getAttribute(RoutingContext.class.getName());
        return request instanceof RoutingContext routing && SIGN_OUT_PATH.equals(routing.normalizedPath());
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOldRows() {
        db.createNativeQuery("DELETE FROM ended_sessions WHERE ended_before < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(REMEMBERED_FOR)))
                .executeUpdate();
    }

    private static String digest(String subject) {
        return SubjectDigests.of(subject);
    }
}
