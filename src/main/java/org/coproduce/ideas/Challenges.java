package org.coproduce.ideas;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;

/** Challenges: staff of the service's organisation manage them, everyone reads all but drafts. */
@ApplicationScoped
public class Challenges {
    private final ChallengeRepository challenges;
    private final PublicServices services;
    private final IdeaPermissions permissions;
    private final People people;
    private final CurrentIdentity identity;
    private final AuditLog audit;
    private final Clock clock;

    Challenges(
            ChallengeRepository challenges,
            PublicServices services,
            IdeaPermissions permissions,
            People people,
            CurrentIdentity identity,
            AuditLog audit,
            Clock clock) {
        this.challenges = challenges;
        this.services = services;
        this.permissions = permissions;
        this.people = people;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ChallengeView create(ChallengeInput input) {
        ServiceRef service = service(input.serviceId());
        permissions.requireCanAnswerFor(service);
        requireDatesInOrder(input);
        Challenge challenge = new Challenge();
        challenge.id = UUID.randomUUID();
        challenge.serviceId = service.id();
        challenge.createdAt = clock.instant();
        apply(input, challenge);
        challenges.persist(challenge);
        challenges.flush();
        record("challenge.created", challenge, service);
        return view(challenge, service);
    }

    @Transactional
    public ChallengeView update(UUID id, String ifMatch, ChallengeInput input) {
        Challenge challenge =
                challenges.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("challenge", id));
        ServiceRef service = service(challenge.serviceId);
        if (challenge.state == ChallengeState.DRAFT && !permissions.canAnswerFor(service)) {
            throw ProblemException.notFound("challenge", id); // a draft's existence is not public
        }
        permissions.requireCanAnswerFor(service);
        ETags.requireMatch(ifMatch, challenge.version);
        if (!challenge.serviceId.equals(input.serviceId())) {
            throw ProblemException.invalidField("serviceId", "cannot be changed");
        }
        requireDatesInOrder(input);
        apply(input, challenge);
        challenges.flush();
        record("challenge.updated", challenge, service);
        return view(challenge, service);
    }

    @Transactional
    public ChallengeView get(UUID id) {
        Challenge challenge =
                challenges.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("challenge", id));
        ServiceRef service = services.refs(List.of(challenge.serviceId)).get(challenge.serviceId);
        if (service == null || challenge.state == ChallengeState.DRAFT && !permissions.canAnswerFor(service)) {
            throw ProblemException.notFound("challenge", id);
        }
        return view(challenge, service);
    }

    /** Newest first by opening date; drafts are never listed. */
    @Transactional
    public ChallengePage page(UUID serviceId, ChallengeState state, String cursor, int limit) {
        StringBuilder query = new StringBuilder("state <> :draft");
        Parameters parameters = Parameters.with("draft", ChallengeState.DRAFT);
        if (serviceId != null) {
            query.append(" and serviceId = :service");
            parameters.and("service", serviceId);
        }
        if (state != null && state != ChallengeState.DRAFT) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (cursor != null) {
            List<String> after = Cursors.decode(cursor, 2);
            try {
                parameters
                        .and("afterDate", LocalDate.parse(after.get(0)))
                        .and("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
            query.append(" and (opensOn < :afterDate or (opensOn = :afterDate and id > :afterId))");
        }
        query.append(" order by opensOn desc, id");
        List<Challenge> rows =
                challenges.find(query.toString(), parameters).page(0, limit + 1).list();
        KeysetPage<Challenge> page = KeysetPage.of(rows, limit, c -> List.of(c.opensOn.toString(), c.id.toString()));
        Map<UUID, ServiceRef> refs = services.refs(
                page.rows().stream().map(c -> c.serviceId).distinct().toList());
        List<ChallengeView> items = page.rows().stream()
                .filter(c -> refs.containsKey(c.serviceId))
                .map(c -> view(c, refs.get(c.serviceId)))
                .toList();
        return new ChallengePage(items, page.nextCursor());
    }

    private ServiceRef service(UUID serviceId) {
        ServiceRef service = services.refs(List.of(serviceId)).get(serviceId);
        if (service == null) {
            throw ProblemException.invalidField("serviceId", "is not a service in the catalogue");
        }
        return service;
    }

    private static void requireDatesInOrder(ChallengeInput input) {
        if (input.closesOn().isBefore(input.opensOn())) {
            throw ProblemException.invalidField("closesOn", "must not be before opensOn");
        }
    }

    private void apply(ChallengeInput input, Challenge challenge) {
        challenge.title = input.title().strip();
        challenge.brief = input.brief().strip();
        challenge.state = input.state();
        challenge.opensOn = input.opensOn();
        challenge.closesOn = input.closesOn();
        challenge.budgetHint = input.budgetHint() == null || input.budgetHint().isBlank()
                ? null
                : input.budgetHint().strip();
        challenge.updatedAt = clock.instant();
    }

    private void record(String action, Challenge challenge, ServiceRef service) {
        audit.record(new AuditLog.Change(
                people.me().id(),
                identity.subject(),
                action,
                "challenge",
                challenge.id,
                service.organisationId(),
                action.replace("challenge.", "").replace("created", "Created").replace("updated", "Updated")
                        + " the challenge '" + challenge.title + "'"));
    }

    private ChallengeView view(Challenge challenge, ServiceRef service) {
        return new ChallengeView(
                challenge.id,
                service,
                challenge.title,
                challenge.brief,
                challenge.state,
                challenge.opensOn,
                challenge.closesOn,
                challenge.budgetHint,
                challenge.acceptsIdeasOn(LocalDate.now(clock.withZone(ZoneOffset.UTC))),
                challenge.version,
                challenge.createdAt,
                challenge.updatedAt);
    }
}
