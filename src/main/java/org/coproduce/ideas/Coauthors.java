package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;

/**
 * Co-authors: the author invites another citizen or a member of staff by email, and they accept.
 * Designing together is the heart of co-production, so co-authors may edit the idea, hear what
 * happens to it and see it in their own list; only the author invites, removes and withdraws.
 */
@ApplicationScoped
public class Coauthors {
    /** Enough for a citizen and a few practitioners; more would make the byline meaningless. */
    static final int MAX_PER_IDEA = 5;

    private final Ideas ideas;
    private final CoauthorRepository coauthors;
    private final IdeaRepository ideaRepository;
    private final People people;
    private final Notifications notifications;
    private final RateLimits rateLimits;
    private final Clock clock;

    Coauthors(
            Ideas ideas,
            CoauthorRepository coauthors,
            IdeaRepository ideaRepository,
            People people,
            Notifications notifications,
            RateLimits rateLimits,
            Clock clock) {
        this.ideas = ideas;
        this.coauthors = coauthors;
        this.ideaRepository = ideaRepository;
        this.people = people;
        this.notifications = notifications;
        this.rateLimits = rateLimits;
        this.clock = clock;
    }

    /** The idea's co-authors; pending invitations only for the author and the person invited. */
    @Transactional
    public CoauthorList of(UUID ideaId) {
        Idea idea = ideas.visible(ideaId);
        UUID me = people.meIfSignedIn().map(PersonRef::id).orElse(null);
        List<CoauthorRepository.Row> rows = coauthors.ofIdea(idea.id).stream()
                .filter(row -> row.accepted()
                        || idea.authorId.equals(me)
                        || row.personId().equals(me))
                .toList();
        Map<UUID, PersonRef> names = people.findByIds(
                rows.stream().map(CoauthorRepository.Row::personId).toList());
        return new CoauthorList(
                rows.stream().map(row -> view(row, names.get(row.personId()))).toList());
    }

    @Transactional
    public CoauthorView invite(UUID ideaId, String email) {
        Idea idea = ideas.visible(ideaId);
        PersonRef me = people.me();
        if (!idea.authorId.equals(me.id())) {
            throw ProblemException.forbidden("Only the author of an idea can invite co-authors.");
        }
        if (idea.status == IdeaStatus.WITHDRAWN || idea.isHidden()) {
            throw ProblemException.conflict("This idea is withdrawn or hidden: nobody can join it now.");
        }
        rateLimits.hit(me.id().toString(), "coauthor-invite");
        PersonRef invitee = people.findOrInviteByEmail(email.strip());
        if (invitee.id().equals(me.id())) {
            throw ProblemException.invalidField("email", "is your own address; invite someone else");
        }
        // The lock serialises invitations to one idea, so the limit holds however many arrive at once.
        ideaRepository.getEntityManager().lock(idea, LockModeType.PESSIMISTIC_WRITE);
        boolean known = coauthors.find(idea.id, invitee.id()).isPresent();
        if (!known && coauthors.ofIdea(idea.id).size() >= MAX_PER_IDEA) {
            throw ProblemException.conflict("An idea can have at most " + MAX_PER_IDEA + " co-authors.");
        }
        if (coauthors.invite(idea.id, invitee.id(), me.id(), clock.instant())) {
            notifications.notify(
                    List.of(invitee.id()),
                    new Notifications.Message(
                            NotificationKind.COAUTHOR_INVITED,
                            idea.id,
                            idea.title,
                            me.displayName() + " invites you to be a co-author of this idea.",
                            "/ideas/" + idea.id));
        }
        return view(coauthors.find(idea.id, invitee.id()).orElseThrow(), invitee);
    }

    @Transactional
    public CoauthorView accept(UUID ideaId, UUID personId) {
        Idea idea = ideas.visible(ideaId);
        PersonRef me = people.me();
        if (!personId.equals(me.id())) {
            throw ProblemException.forbidden("Only the person invited can accept an invitation.");
        }
        CoauthorRepository.Row row =
                coauthors.find(idea.id, me.id()).orElseThrow(() -> ProblemException.notFound("invitation", personId));
        if (!row.accepted() && coauthors.accept(idea.id, me.id(), clock.instant())) {
            notifications.notify(
                    List.of(idea.authorId),
                    new Notifications.Message(
                            NotificationKind.COAUTHOR_ACCEPTED,
                            idea.id,
                            idea.title,
                            me.displayName() + " is now a co-author of this idea.",
                            "/ideas/" + idea.id));
        }
        return view(coauthors.find(idea.id, me.id()).orElseThrow(), me);
    }

    /** The author removes a co-author or an invitation; the person invited declines or leaves. */
    @Transactional
    public void remove(UUID ideaId, UUID personId) {
        Idea idea = ideas.visible(ideaId);
        UUID me = people.me().id();
        if (!idea.authorId.equals(me) && !personId.equals(me)) {
            throw ProblemException.forbidden("Only the author, or the co-author themselves, can do this.");
        }
        if (!coauthors.remove(idea.id, personId)) {
            throw ProblemException.notFound("co-author", personId);
        }
    }

    private static CoauthorView view(CoauthorRepository.Row row, PersonRef person) {
        return new CoauthorView(
                new IdeaView.PersonName(row.personId(), person == null ? "Former participant" : person.displayName()),
                row.accepted() ? CoauthorView.State.ACCEPTED : CoauthorView.State.INVITED,
                row.invitedAt(),
                row.acceptedAt());
    }
}
