package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.Declarations;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.ideas.IdeaStatistics;
import org.coproduce.ratings.RatingStatistics;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;
import org.coproduce.shared.time.InstanceTime;
import org.coproduce.volunteering.DeliveryStatistics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dark side of co-production, for the staff who run it: is activity carried by a few, are
 * volunteers over-committed, is voice left unanswered. Staff see their organisations' services.
 */
@ApplicationScoped
public class Monitors {
    /** Public and staff figures never describe a group smaller than this (PRODUCT.md). */
    static final int MINIMUM_GROUP = 5;

    private final PublicServices services;
    private final IdeaStatistics ideas;
    private final DeliveryStatistics delivery;
    private final RatingStatistics ratings;
    private final People people;
    private final Declarations declarations;
    private final CurrentIdentity identity;
    private final StaffDirectory staff;
    private final InstanceTime time;
    private final Clock clock;
    private final BigDecimal warningHours;

    Monitors(
            PublicServices services,
            IdeaStatistics ideas,
            DeliveryStatistics delivery,
            RatingStatistics ratings,
            People people,
            Declarations declarations,
            CurrentIdentity identity,
            StaffDirectory staff,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.volunteering.burden-limit.hours") BigDecimal weeklyLimit) {
        this.services = services;
        this.ideas = ideas;
        this.delivery = delivery;
        this.ratings = ratings;
        this.people = people;
        this.declarations = declarations;
        this.identity = identity;
        this.staff = staff;
        this.time = time;
        this.clock = clock;
        // The warning level: three quarters of the weekly limit, every week of the 28 days.
        this.warningHours = weeklyLimit.multiply(BigDecimal.valueOf(3)).setScale(1, RoundingMode.HALF_UP);
    }

    @Transactional
    public MonitorList mine() {
        List<ServiceRef> mine;
        if (identity.isAdmin()) {
            mine = services.allLive();
        } else {
            List<java.util.UUID> ids =
                    services.idsRunBy(staff.organisationsOf(people.me().id()).stream()
                            .map(StaffDirectory.OrganisationRef::id)
                            .toList());
            mine = services.refs(ids).values().stream()
                    .sorted(java.util.Comparator.comparing(ServiceRef::name))
                    .toList();
        }
        return new MonitorList(mine.stream().map(this::of).toList());
    }

    MonitorView of(ServiceRef service) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        Instant yearAgo = today.minusMonths(12).atStartOfDay(time.zone()).toInstant();
        Map<String, long[]> voice = ideas.perPerson(service.id(), yearAgo, now);
        List<MonitorView.CoConcentration> concentration = new ArrayList<>();
        concentration.add(concentration(Co.CO_COMMISSIONING, voice.get("CO_COMMISSIONING")));
        concentration.add(concentration(Co.CO_DESIGN, voice.get("CO_DESIGN")));
        concentration.add(concentration(Co.CO_DELIVERY, delivery.actsPerPerson(service.id(), yearAgo, now)));
        concentration.add(concentration(Co.CO_ASSESSMENT, ratings.perPerson(service.id(), yearAgo, now)));

        long[] burden = delivery.burden(service.id(), now.minus(Duration.ofDays(28)), now, warningHours, 0);
        long[] noShows = delivery.burden(service.id(), now.minus(Duration.ofDays(90)), now, warningHours, 2);
        Long over = burden[0] >= MINIMUM_GROUP ? burden[0] : null;
        Long repeated = noShows[1] >= MINIMUM_GROUP ? noShows[1] : null;
        return new MonitorView(
                service,
                today.minusMonths(12),
                today,
                concentration,
                new MonitorView.Burden(warningHours, over, repeated, over == null || repeated == null),
                new MonitorView.Unanswered(
                        ideas.waitingForAnswer(service.id(), now.minus(Duration.ofDays(30))),
                        ratings.reviewsWithoutReply(service.id())),
                representativeness(service, yearAgo, now),
                now);
    }

    private MonitorView.Representativeness representativeness(ServiceRef service, Instant from, Instant to) {
        java.util.Set<java.util.UUID> active = new java.util.HashSet<>(ideas.activePeople(service.id(), from, to));
        active.addAll(delivery.activePeople(service.id(), from, to));
        active.addAll(ratings.activePeople(service.id(), from, to));
        return Representation.of(declarations.count(active), declarations.population());
    }

    private static MonitorView.CoConcentration concentration(Co co, long[] acts) {
        if (acts.length < MINIMUM_GROUP) {
            return new MonitorView.CoConcentration(co, null, null, null, true);
        }
        Concentration.Figures figures = Concentration.of(acts);
        return new MonitorView.CoConcentration(
                co,
                (long) acts.length,
                BigDecimal.valueOf(100 * figures.topTenthShare()).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(figures.gini()).setScale(3, RoundingMode.HALF_UP),
                false);
    }
}
