package org.coproduce.ideas;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Riverside's co-design demo: open challenges with ideas in every status, supports and comments.
 * Runs after the demo catalogue (a later priority) and only into an empty ideas table.
 */
@ApplicationScoped
public class DemoIdeas {
    private static final Logger LOG = Logger.getLogger(DemoIdeas.class);

    private final ChallengeRepository challenges;
    private final IdeaRepository ideas;
    private final IdeaSupports supports;
    private final CoauthorRepository coauthors;
    private final PublicServices services;
    private final People people;
    private final Clock clock;
    private final boolean enabled;
    private final String emailDomain;

    DemoIdeas(
            ChallengeRepository challenges,
            IdeaRepository ideas,
            IdeaSupports supports,
            CoauthorRepository coauthors,
            PublicServices services,
            People people,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "coproduce.demo.email-domain", defaultValue = "riverside.example")
                    String emailDomain) {
        this.challenges = challenges;
        this.ideas = ideas;
        this.supports = supports;
        this.coauthors = coauthors;
        this.services = services;
        this.people = people;
        this.clock = clock;
        this.enabled = enabled;
        this.emailDomain = emailDomain;
    }

    @Transactional
    void load(@Observes @Priority(3000) StartupEvent started) {
        if (!enabled || ideas.count() > 0) {
            return;
        }
        List<PersonRef> citizens = List.of(
                people.invite("priya@" + emailDomain, "Priya Shah"),
                people.invite("tom@" + emailDomain, "Tom Evans"),
                people.invite("megan@" + emailDomain, "Megan Jones"),
                people.invite("dafydd@" + emailDomain, "Dafydd Rhys"),
                people.invite("amara@" + emailDomain, "Amara Okafor"));
        PersonRef sam = people.invite("sam@" + emailDomain, "Sam Staff");
        ServiceRef path = services.ref("riverside-path");
        ServiceRef gardens = services.ref("community-gardens");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        Challenge safer = challenge(
                path,
                "How can we make the riverside path feel safer after dark?",
                "Many people tell us they avoid the path in winter evenings. What would make you feel safe using it?",
                today.minusDays(20),
                today.plusDays(40),
                "Up to £25,000");
        Challenge growing = challenge(
                gardens,
                "What would help more people start growing food?",
                "We want the community gardens to welcome people who have never grown anything before.",
                today.minusDays(5),
                today.plusDays(60),
                null);

        idea(
                path,
                safer,
                citizens.get(0),
                "Solar lights between the two bridges",
                "The stretch between Mill Bridge and the footbridge has no lights at all. Solar bollards would not need cabling.",
                IdeaStatus.SUBMITTED,
                null,
                sam,
                4,
                12);
        idea(
                path,
                safer,
                citizens.get(1),
                "A walking group on winter evenings",
                "Volunteers could walk the path together twice a week, so nobody has to walk alone.",
                IdeaStatus.UNDER_REVIEW,
                "We are looking at this with the community safety team.",
                sam,
                3,
                9);
        idea(
                path,
                safer,
                citizens.get(2),
                "Cut back the hedges by the steps",
                "The overgrown hedges by the weir steps hide the path from the road.",
                IdeaStatus.ACCEPTED,
                "Agreed: the rangers will cut them back before December.",
                sam,
                5,
                7);
        idea(
                path,
                null,
                citizens.get(3),
                "Emergency call points",
                "Help points with a button that calls the council's out-of-hours line.",
                IdeaStatus.NOT_TAKEN_FORWARD,
                "We will not add call points: mobile coverage is good along the whole path and the cost is high. "
                        + "We are adding lighting instead.",
                sam,
                1,
                15);
        Idea sessions = idea(
                gardens,
                growing,
                citizens.get(4),
                "Beginner sessions on Saturday mornings",
                "A monthly session where experienced growers show newcomers the basics.",
                IdeaStatus.IN_PROGRESS,
                "The first sessions start in March at Mill Meadow.",
                sam,
                4,
                4);
        idea(
                gardens,
                null,
                citizens.get(0),
                "Raised beds for wheelchair users",
                "Beds at table height so that people who use wheelchairs can garden too.",
                IdeaStatus.IMPLEMENTED,
                "Six raised beds are now open at the Northbank garden.",
                sam,
                5,
                30);
        // Voice left unanswered, for the monitors: the central library has not answered ideas for weeks.
        ServiceRef library = services.ref("central-library");
        idea(
                library,
                null,
                citizens.get(1),
                "Open on Sunday afternoons",
                "Many of us work all week. A few hours on Sunday would let families use the library together.",
                IdeaStatus.SUBMITTED,
                null,
                sam,
                3,
                45);
        idea(
                library,
                null,
                citizens.get(2),
                "A quiet study room you can book online",
                "Students revising for exams need somewhere quiet; booking online would stop the queue at opening time.",
                IdeaStatus.SUBMITTED,
                null,
                sam,
                2,
                38);
        idea(
                library,
                null,
                citizens.get(3),
                "Large-print books near the entrance",
                "The large-print shelves are upstairs at the back. Near the door they would be easier to reach.",
                IdeaStatus.SUBMITTED,
                null,
                sam,
                1,
                62);
        // A citizen and a practitioner designing together: Sam co-authors Amara's idea.
        coauthors.invite(sessions.id, sam.id(), citizens.get(4).id(), sessions.createdAt);
        coauthors.accept(sessions.id, sam.id(), sessions.createdAt.plus(Duration.ofHours(5)));
        LOG.info("Loaded the Riverside co-design demo: 2 open challenges and 9 ideas");
    }

    private Challenge challenge(
            ServiceRef service, String title, String brief, LocalDate opens, LocalDate closes, String budget) {
        Challenge challenge = new Challenge();
        challenge.id = UUID.randomUUID();
        challenge.serviceId = service.id();
        challenge.title = title;
        challenge.brief = brief;
        challenge.state = ChallengeState.OPEN;
        challenge.opensOn = opens;
        challenge.closesOn = closes;
        challenge.budgetHint = budget;
        challenge.createdAt = clock.instant();
        challenge.updatedAt = challenge.createdAt;
        challenges.persist(challenge);
        return challenge;
    }

    private Idea idea(
            ServiceRef service,
            Challenge challenge,
            PersonRef author,
            String title,
            String body,
            IdeaStatus status,
            String answer,
            PersonRef staff,
            int supporters,
            int daysAgo) {
        Instant proposed = clock.instant().minus(Duration.ofDays(daysAgo));
        Idea idea = new Idea();
        idea.id = UUID.randomUUID();
        idea.serviceId = service.id();
        idea.challengeId = challenge == null ? null : challenge.id;
        idea.authorId = author.id();
        idea.title = title;
        idea.body = body;
        idea.tags = new String[] {
            switch (service.slug()) {
                case "riverside-path" -> "safety";
                case "central-library" -> "opening-hours";
                default -> "growing";
            }
        };
        idea.status = status;
        idea.createdAt = proposed;
        idea.updatedAt = proposed;
        if (answer != null) {
            idea.answeredAt = proposed.plus(Duration.ofDays(1));
            IdeaAnswer step = new IdeaAnswer();
            step.id = UUID.randomUUID();
            step.ideaId = idea.id;
            step.fromStatus = IdeaStatus.SUBMITTED;
            step.toStatus = status;
            step.answer = answer;
            step.answeredBy = staff.id();
            step.createdAt = idea.answeredAt;
            ideas.persist(idea);
            ideas.getEntityManager().persist(step);
        } else {
            ideas.persist(idea);
        }
        ideas.flush();
        List<PersonRef> backers = List.of(
                people.invite("priya@" + emailDomain, "Priya Shah"),
                people.invite("tom@" + emailDomain, "Tom Evans"),
                people.invite("megan@" + emailDomain, "Megan Jones"),
                people.invite("dafydd@" + emailDomain, "Dafydd Rhys"),
                people.invite("amara@" + emailDomain, "Amara Okafor"),
                staff);
        backers.stream()
                .filter(p -> !p.id().equals(author.id()))
                .limit(supporters)
                .forEach(p -> supports.add(idea.id, p.id()));
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.ideaId = idea.id;
        comment.authorId =
                backers.get(backers.get(0).id().equals(author.id()) ? 1 : 0).id();
        comment.body = "I would use this. Thank you for suggesting it.";
        comment.createdAt = proposed.plus(Duration.ofHours(3));
        ideas.getEntityManager().persist(comment);
        return idea;
    }
}
