package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;

/** Co-design use cases: propose, edit, withdraw, answer, support, browse. */
@ApplicationScoped
public class Ideas {
    private static final Set<IdeaStatus> PUBLIC = EnumSet.complementOf(EnumSet.of(IdeaStatus.WITHDRAWN));
    private static final Set<IdeaStatus> AWAITING_ANSWER = EnumSet.of(IdeaStatus.SUBMITTED, IdeaStatus.UNDER_REVIEW);

    private final IdeaRepository ideas;
    private final ChallengeRepository challenges;
    private final IdeaSupports supports;
    private final CoauthorRepository coauthors;
    private final IdeaPermissions permissions;
    private final IdeaViews views;
    private final People people;
    private final PublicServices services;
    private final StaffDirectory staff;
    private final CurrentIdentity identity;
    private final AuditLog audit;
    private final RateLimits rateLimits;
    private final Notifications notifications;
    private final IdeaEvents events;
    private final Clock clock;

    Ideas(
            IdeaRepository ideas,
            ChallengeRepository challenges,
            IdeaSupports supports,
            CoauthorRepository coauthors,
            IdeaPermissions permissions,
            IdeaViews views,
            People people,
            PublicServices services,
            StaffDirectory staff,
            CurrentIdentity identity,
            AuditLog audit,
            RateLimits rateLimits,
            Notifications notifications,
            IdeaEvents events,
            Clock clock) {
        this.ideas = ideas;
        this.challenges = challenges;
        this.supports = supports;
        this.coauthors = coauthors;
        this.permissions = permissions;
        this.views = views;
        this.people = people;
        this.services = services;
        this.staff = staff;
        this.identity = identity;
        this.audit = audit;
        this.rateLimits = rateLimits;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IdeaView propose(IdeaInput input) {
        PersonRef me = people.me();
        rateLimits.hit(me.id().toString(), "idea");
        ServiceRef service = liveService(input.serviceId());
        requireOpenChallenge(input.challengeId(), service);
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        idea.serviceId = service.id();
        idea.challengeId = input.challengeId();
        idea.authorId = me.id();
        idea.status = IdeaStatus.SUBMITTED;
        idea.createdAt = clock.instant();
        apply(input, idea);
        ideas.persist(idea);
        ideas.flush();
        events.submitted(idea, service);
        return views.of(idea);
    }

    @Transactional
    public IdeaView edit(UUID id, String ifMatch, IdeaInput input) {
        Idea idea = visible(id);
        UUID me = people.me().id();
        if (!idea.authorId.equals(me) && !coauthors.isCoauthor(idea.id, me)) {
            throw ProblemException.forbidden("Only the author and co-authors of an idea can change it.");
        }
        ETags.requireMatch(ifMatch, idea.version);
        idea.requireEditable();
        if (!idea.serviceId.equals(input.serviceId())) {
            throw ProblemException.invalidField(
                    "serviceId", "cannot be changed; propose the idea to the other service");
        }
        if (input.challengeId() != null && !input.challengeId().equals(idea.challengeId)) {
            requireOpenChallenge(input.challengeId(), liveService(idea.serviceId));
        }
        idea.challengeId = input.challengeId();
        apply(input, idea);
        ideas.flush();
        return views.of(idea);
    }

    @Transactional
    public IdeaView get(UUID id) {
        return views.of(visible(id));
    }

    @Transactional
    public IdeaPage page(IdeaFilter filter) {
        IdeaRepository.Slice slice = ideas.page(filter);
        return new IdeaPage(views.of(slice.ideas()), slice.nextCursor());
    }

    /** Public lists never show withdrawn ideas, even when asked for them. */
    public static Set<IdeaStatus> publicStatuses(IdeaStatus only) {
        if (only == null) {
            return PUBLIC;
        }
        if (!PUBLIC.contains(only)) {
            throw ProblemException.invalidField("status", "withdrawn ideas are not listed");
        }
        return Set.of(only);
    }

    /** Ideas of the caller's organisations still waiting for an answer, the longest waiting first. */
    @Transactional
    public IdeaPage reviewQueue(String cursor, int limit) {
        Collection<UUID> organisations = identity.isAdmin()
                ? null
                : staff.organisationsOf(people.me().id()).stream()
                        .map(StaffDirectory.OrganisationRef::id)
                        .toList();
        Collection<UUID> serviceIds = organisations == null ? null : services.idsRunBy(organisations);
        return page(new IdeaFilter(
                serviceIds,
                null,
                AWAITING_ANSWER,
                null,
                null,
                null,
                null,
                false,
                IdeaSort.LONGEST_WAITING,
                cursor,
                limit));
    }

    /** Ideas I proposed or co-author, in any status, hidden ones included, newest first. */
    @Transactional
    public IdeaPage mine(String cursor, int limit) {
        return page(new IdeaFilter(
                null,
                null,
                EnumSet.allOf(IdeaStatus.class),
                people.me().id(),
                null,
                null,
                null,
                true,
                IdeaSort.NEWEST,
                cursor,
                limit));
    }

    @Transactional
    public IdeaView changeStatus(UUID id, StatusChange change) {
        Idea idea = visible(id);
        PersonRef me = people.me();
        IdeaStatus from = idea.status;
        if (change.status() == IdeaStatus.WITHDRAWN) {
            permissions.requireAuthor(idea, me.id());
            idea.withdraw(clock.instant());
        } else {
            ServiceRef service = liveService(idea.serviceId);
            permissions.requireCanAnswerFor(service);
            idea.moveTo(change.status(), change.answer(), clock.instant());
            tellAuthorsAndSupporters(idea, me.id(), change.answer());
            events.answered(idea, service, change.answer());
            audit.record(new AuditLog.Change(
                    me.id(),
                    identity.subject(),
                    "idea.status-changed",
                    "idea",
                    idea.id,
                    service.organisationId(),
                    "Moved the idea '" + idea.title + "' from " + from + " to " + idea.status));
        }
        IdeaAnswer step = new IdeaAnswer();
        step.id = UUID.randomUUID();
        step.ideaId = idea.id;
        step.fromStatus = from;
        step.toStatus = idea.status;
        step.answer = change.answer() == null || change.answer().isBlank()
                ? null
                : change.answer().strip();
        step.answeredBy = me.id();
        step.createdAt = clock.instant();
        ideas.getEntityManager().persist(step);
        ideas.flush();
        return views.of(idea);
    }

    /** The author, co-authors and every supporter hear of a move, except whoever made it. */
    private void tellAuthorsAndSupporters(Idea idea, UUID actor, String answer) {
        java.util.Set<UUID> recipients = new java.util.HashSet<>(supports.supporterIds(idea.id));
        recipients.addAll(authorsOf(idea));
        recipients.remove(actor);
        String detail = idea.status + (answer == null || answer.isBlank() ? "" : ": " + answer.strip());
        notifications.notify(
                recipients,
                new Notifications.Message(
                        NotificationKind.IDEA_STATUS_CHANGED, idea.id, idea.title, detail, "/ideas/" + idea.id));
    }

    @Transactional
    public Timeline timeline(UUID id) {
        Idea idea = visible(id);
        List<IdeaAnswer> steps = ideas.getEntityManager()
                .createQuery("from IdeaAnswer where ideaId = :idea order by createdAt, id", IdeaAnswer.class)
                .setParameter("idea", idea.id)
                .getResultList();
        Map<UUID, PersonRef> by = people.findByIds(
                steps.stream().map(s -> s.answeredBy).distinct().toList());
        return new Timeline(
                steps.stream()
                        .map(s -> new TimelineEntry(
                                s.fromStatus,
                                s.toStatus,
                                s.answer,
                                by.containsKey(s.answeredBy)
                                        ? by.get(s.answeredBy).displayName()
                                        : "Former participant",
                                s.createdAt))
                        .toList(),
                null);
    }

    @Transactional
    public SupportView support(UUID id) {
        Idea idea = visible(id);
        UUID me = people.me().id();
        if (idea.authorId.equals(me) || coauthors.isCoauthor(idea.id, me)) {
            throw ProblemException.conflict("You cannot support your own idea: supports show what other people back.");
        }
        if (!idea.status.isOpenForSupport()) {
            throw ProblemException.conflict("This idea is " + idea.status + " and no longer takes supports.");
        }
        supports.add(idea.id, me);
        return new SupportView(ideas.supportCount(idea.id), true);
    }

    @Transactional
    public SupportView withdrawSupport(UUID id) {
        Idea idea = visible(id);
        supports.remove(idea.id, people.me().id());
        return new SupportView(ideas.supportCount(idea.id), false);
    }

    @Transactional
    public SupportView supportOf(UUID id) {
        Idea idea = visible(id);
        boolean mine =
                identity.isPerson() && supports.supports(idea.id, people.me().id());
        return new SupportView(idea.supportCount, mine);
    }

    /** The author and the accepted co-authors: the people an idea belongs to. */
    java.util.Set<UUID> authorsOf(Idea idea) {
        java.util.Set<UUID> authors =
                new java.util.HashSet<>(coauthors.acceptedOf(List.of(idea.id)).getOrDefault(idea.id, List.of()));
        authors.add(idea.authorId);
        return authors;
    }

    /** The idea, or 404 when the caller may not see it; for work that needs no view of it. */
    @Transactional
    Idea visible(UUID id) {
        Idea idea = ideas.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("idea", id));
        UUID me = identity.isPerson() ? people.me().id() : null;
        if (!permissions.canSee(idea, me) && !(me != null && coauthors.isCoauthor(idea.id, me))) {
            throw ProblemException.notFound("idea", id);
        }
        return idea;
    }

    private ServiceRef liveService(UUID serviceId) {
        ServiceRef service = services.refs(List.of(serviceId)).get(serviceId);
        if (service == null) {
            throw ProblemException.invalidField("serviceId", "is not a service in the catalogue");
        }
        return service;
    }

    private void requireOpenChallenge(UUID challengeId, ServiceRef service) {
        if (challengeId == null) {
            return;
        }
        Challenge challenge = challenges
                .findByIdOptional(challengeId)
                .filter(c -> c.serviceId.equals(service.id()) && c.state != ChallengeState.DRAFT)
                .orElseThrow(() -> ProblemException.invalidField("challengeId", "is not a challenge of this service"));
        if (!challenge.acceptsIdeasOn(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw ProblemException.conflict("The challenge '" + challenge.title + "' is not open for ideas now.");
        }
    }

    private void apply(IdeaInput input, Idea idea) {
        idea.title = input.title().strip();
        idea.body = input.body().strip();
        idea.placeName = input.placeName() == null || input.placeName().isBlank()
                ? null
                : input.placeName().strip();
        idea.latitude = input.latitude();
        idea.longitude = input.longitude();
        if ((idea.latitude == null) != (idea.longitude == null)) {
            throw ProblemException.invalidField("longitude", "latitude and longitude go together");
        }
        idea.tags = input.tags() == null
                ? new String[0]
                : input.tags().stream()
                        .map(t -> t.strip().toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .toArray(String[]::new);
        idea.updatedAt = clock.instant();
    }
}
