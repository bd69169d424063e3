package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.MachineClients;
import org.coproduce.shared.time.InstanceTime;

/**
 * Giving and changing ratings. A person has one rating per service per window: the check runs
 * under a transaction-scoped advisory lock on (person, service), so two submissions at the same
 * moment cannot both pass it. Every rating changes the service's rollups in the same transaction.
 */
@ApplicationScoped
public class Ratings {
    static final String WRITE_SCOPE = "coproduce:write";

    private final EntityManager db;
    private final People people;
    private final PublicServices services;
    private final CurrentIdentity identity;
    private final RatingRollups rollups;
    private final RatingViews views;
    private final RatingSettings settings;
    private final RateLimits rateLimits;
    private final AssessmentEvents events;
    private final MachineClients clients;
    private final InstanceTime time;
    private final Clock clock;

    Ratings(
            EntityManager db,
            People people,
            PublicServices services,
            CurrentIdentity identity,
            RatingRollups rollups,
            RatingViews views,
            RatingSettings settings,
            RateLimits rateLimits,
            AssessmentEvents events,
            MachineClients clients,
            InstanceTime time,
            Clock clock) {
        this.db = db;
        this.people = people;
        this.services = services;
        this.identity = identity;
        this.rollups = rollups;
        this.views = views;
        this.settings = settings;
        this.rateLimits = rateLimits;
        this.events = events;
        this.clients = clients;
        this.time = time;
        this.clock = clock;
    }

    /** The new rating, and whether it was created (false: an import already received). */
    public record Rated(RatingView rating, boolean created) {}

    @Transactional
    public Rated rate(String serviceIdOrSlug, RatingInput input) {
        ServiceRef service = openService(serviceIdOrSlug);
        return identity.isPerson() ? rateAsPerson(service, input) : importRating(service, input);
    }

    private Rated rateAsPerson(ServiceRef service, RatingInput input) {
        if (input.source() != null || input.externalId() != null || input.ratedAt() != null) {
            throw ProblemException.badRequest(
                    "source, externalId and ratedAt are for integrators importing ratings; leave them out.");
        }
        PersonRef me = people.me();
        rateLimits.hit(me.id().toString(), "rating");
        db.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "rating:" + me.id() + ":" + service.id())
                .getSingleResult();
        Optional<Rating> current = currentRatingOf(me.id(), service.id());
        if (current.isPresent()) {
            throw ProblemException.conflict("You rated " + service.name() + " on "
                    + time.describe(current.get().ratedAt) + ". Change that rating instead (PUT /api/v1/ratings/"
                    + current.get().id + "): one rating per person per service every "
                    + settings.window().toDays() + " days.");
        }
        Rating rating = insert(service, me.id(), input, clock.instant());
        return new Rated(views.of(rating, service), true);
    }

    private Rated importRating(ServiceRef service, RatingInput input) {
        if (!identity.hasScope(WRITE_SCOPE)) {
            throw ProblemException.forbidden("Importing ratings needs a token with the " + WRITE_SCOPE + " scope.");
        }
        if (!clients.requireOrganisation(WRITE_SCOPE).equals(service.organisationId())) {
            throw ProblemException.forbidden(
                    "This client acts for another organisation than the one that runs " + service.name() + ".");
        }
        if (input.source() == null || input.externalId() == null) {
            throw ProblemException.badRequest(
                    "Imported ratings need a source and an externalId, so that resubmitting one changes nothing.");
        }
        Optional<Rating> existing = imported(service.id(), input.source(), input.externalId());
        if (existing.isPresent()) {
            return new Rated(views.of(existing.get(), service), false);
        }
        Instant ratedAt = input.ratedAt() == null ? clock.instant() : input.ratedAt();
        Rating rating = insert(service, null, input, ratedAt);
        if (rating == null) {
            // Another request imported the same pair a moment ago: that one stands.
            return new Rated(
                    views.of(
                            imported(service.id(), input.source(), input.externalId())
                                    .orElseThrow(),
                            service),
                    false);
        }
        return new Rated(views.of(rating, service), true);
    }

    /** Inserts the rating and counts it; null when an import with the same pair already exists. */
    private Rating insert(ServiceRef service, UUID personId, RatingInput input, Instant ratedAt) {
        UUID id = UUID.randomUUID();
        LocalDate month = YearMonth.from(ratedAt.atZone(time.zone())).atDay(1);
        Scores scores = input.scores();
        int inserted = db.createNativeQuery("""
                        INSERT INTO ratings (id, service_id, person_id, source, external_id, overall, access,
                            timeliness, courtesy, outcome, review, used_in, rated_at, rated_month, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?13)
                        ON CONFLICT (service_id, source, external_id) DO NOTHING
                        """)
                .setParameter(1, id)
                .setParameter(2, service.id())
                .setParameter(3, personId)
                .setParameter(4, input.source())
                .setParameter(5, input.externalId())
                .setParameter(6, scores.overall())
                .setParameter(7, scores.access())
                .setParameter(8, scores.timeliness())
                .setParameter(9, scores.courtesy())
                .setParameter(10, scores.outcome())
                .setParameter(11, input.reviewText())
                .setParameter(12, usedIn(input.usedIn()))
                .setParameter(13, ratedAt)
                .setParameter(14, month)
                .executeUpdate();
        if (inserted == 0) {
            return null;
        }
        rollups.added(service.id(), month, scores);
        Rating rating = db.find(Rating.class, id);
        events.created(rating, service);
        return rating;
    }

    /** The caller changes their rating: allowed while its window lasts. */
    @Transactional
    public RatingView change(UUID id, String ifMatch, RatingInput input) {
        if (input.source() != null || input.externalId() != null || input.ratedAt() != null) {
            throw ProblemException.badRequest("source, externalId and ratedAt cannot be changed; leave them out.");
        }
        Rating rating = db.find(Rating.class, id, LockModeType.PESSIMISTIC_WRITE);
        PersonRef me = people.me();
        if (rating == null || !me.id().equals(rating.personId)) {
            throw ProblemException.notFound("rating", id);
        }
        ETags.requireMatch(ifMatch, rating.version);
        if (!clock.instant().isBefore(changeableUntil(rating))) {
            throw ProblemException.conflict(
                    "This rating is more than " + settings.window().toDays()
                            + " days old and can no longer be changed; rate the service again instead.");
        }
        ServiceRef service = openService(rating.serviceId.toString());
        Scores before = rating.scores();
        rating.overall = input.overall();
        rating.access = input.access();
        rating.timeliness = input.timeliness();
        rating.courtesy = input.courtesy();
        rating.outcome = input.outcome();
        rating.review = input.reviewText();
        rating.usedIn = usedIn(input.usedIn());
        rating.updatedAt = clock.instant();
        rollups.changed(rating.serviceId, rating.ratedMonth, before, rating.scores());
        db.flush();
        return views.of(rating, service);
    }

    /** The caller's current rating of the service (within the window), if any. */
    @Transactional
    public Optional<RatingView> mine(String serviceIdOrSlug) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        return currentRatingOf(people.me().id(), service.id()).map(r -> views.of(r, service));
    }

    Instant changeableUntil(Rating rating) {
        return rating.ratedAt.plus(settings.window());
    }

    private Optional<Rating> currentRatingOf(UUID personId, UUID serviceId) {
        return db.createQuery(
                        "from Rating where personId = :person and serviceId = :service and ratedAt > :since"
                                + " order by ratedAt desc",
                        Rating.class)
                .setParameter("person", personId)
                .setParameter("service", serviceId)
                .setParameter("since", clock.instant().minus(settings.window()))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Optional<Rating> imported(UUID serviceId, String source, String externalId) {
        return db.createQuery(
                        "from Rating where serviceId = :service and source = :source and externalId = :external",
                        Rating.class)
                .setParameter("service", serviceId)
                .setParameter("source", source)
                .setParameter("external", externalId)
                .getResultStream()
                .findFirst();
    }

    /** A live service; an archived one is refused with 409, an unknown one with 404. */
    private ServiceRef openService(String idOrSlug) {
        if (services.isArchived(idOrSlug)) {
            throw ProblemException.conflict("This service has been archived and no longer takes ratings.");
        }
        return services.ref(idOrSlug);
    }

    private static LocalDate usedIn(String month) {
        return month == null ? null : YearMonth.parse(month).atDay(1);
    }
}
