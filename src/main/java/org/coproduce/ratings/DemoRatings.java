package org.coproduce.ratings;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.time.InstanceTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Riverside's co-assessment demo: two years of ratings for three services (gathered by survey and
 * kiosk, so no person is invented for each), reviews by the demo citizens, staff replies, a change
 * confirmed, one done and waiting for its reviewer, one still planned, and a service with too few
 * ratings to show figures. Loaded in bulk, seeded, and only into an empty ratings table.
 */
@ApplicationScoped
class DemoRatings {
    private static final Logger LOG = Logger.getLogger(DemoRatings.class);

    private final EntityManager db;
    private final PublicServices services;
    private final People people;
    private final RatingRollups rollups;
    private final Notifications notifications;
    private final InstanceTime time;
    private final Clock clock;
    private final boolean enabled;
    private final String emailDomain;

    DemoRatings(
            EntityManager db,
            PublicServices services,
            People people,
            RatingRollups rollups,
            Notifications notifications,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "coproduce.demo.email-domain", defaultValue = "riverside.example")
                    String emailDomain) {
        this.db = db;
        this.services = services;
        this.people = people;
        this.rollups = rollups;
        this.notifications = notifications;
        this.time = time;
        this.clock = clock;
        this.enabled = enabled;
        this.emailDomain = emailDomain;
    }

    @Transactional
    void load(@Observes @Priority(3200) StartupEvent started) {
        long existing =
                db.createQuery("select count(r) from Rating r", Long.class).getSingleResult();
        if (!enabled || existing > 0) {
            return;
        }
        Random random = new Random(2026);
        PersonRef priya = person("priya", "Priya Shah");
        PersonRef tom = person("tom", "Tom Evans");
        PersonRef megan = person("megan", "Megan Jones");
        PersonRef dafydd = person("dafydd", "Dafydd Rhys");
        PersonRef amara = person("amara", "Amara Okafor");
        PersonRef sam = person("sam", "Sam Staff");
        PersonRef olga = person("olga", "Olga Staff");

        ServiceRef recycling = services.ref("household-recycling-collection");
        history(recycling, "resident-survey", 2.7, 3.9, 14, random);
        UUID missed = review(
                recycling,
                priya,
                2,
                150,
                "Our recycling was missed three times in the autumn and"
                        + " nobody came back for it until the next collection.");
        reply(missed, olga, 148, "We are sorry. Crews now report every missed street at the end of the round.");
        change(
                missed,
                148,
                "Missed recycling is collected within two working days of being reported.",
                120,
                118,
                95,
                ChangeAnswer.YES,
                "Ours was missed once in January and collected the next morning. Much better.");
        UUID pavement = review(
                recycling,
                megan,
                1,
                20,
                "The crews leave the bins in the middle of the pavement."
                        + " I cannot get past in my wheelchair until someone moves them.");
        reply(pavement, olga, 18, "Thank you for telling us. We are briefing every crew and will check the rounds.");
        change(
                pavement,
                18,
                "Crews return every bin to the edge of the property, handles facing the road.",
                -30,
                null,
                null,
                null,
                null);
        UUID fine = review(
                recycling,
                tom,
                3,
                40,
                "Collections are on time, but the leaflet about what goes in" + " which box is hard to follow.");
        reply(fine, olga, 37, "Thanks, Tom. A clearer leaflet, with pictures, goes out with the spring calendar.");
        review(recycling, dafydd, 4, 6, "Reliable, and the crew were friendly when I asked about a new box.");

        ServiceRef gardens = services.ref("community-gardens");
        history(gardens, "garden-visitor-survey", 3.9, 4.4, 6, random);
        review(gardens, amara, 5, 12, "Lovely volunteers and the raised beds are easy to reach.");
        UUID gate = review(gardens, tom, 2, 200, "The gate is locked on Sundays, the only day I can come.");
        reply(gate, sam, 197, "We hear you. We are trying Sunday opening with volunteer key holders.");
        change(
                gate,
                197,
                "The garden opens on Sundays, 10am to 2pm, with volunteer key holders.",
                160,
                150,
                150,
                ChangeAnswer.PARTLY,
                "It opens on Sundays now, but only until 2pm.");
        review(gardens, priya, 4, 3, "Good sessions, though the Saturday one fills up very quickly.");

        ServiceRef library = services.ref("central-library");
        history(library, "library-kiosk", 3.6, 4.1, 10, random);
        UUID study = review(
                library,
                megan,
                3,
                60,
                "Not enough study space at exam time; every desk is taken by" + " nine in the morning.");
        reply(study, olga, 58, "We are opening the upstairs meeting rooms as quiet study rooms during exams.");
        UUID studyChange =
                change(study, 58, "Two meeting rooms become quiet study rooms in May and June.", 5, 2, 2, null, null);
        notifications.notify(
                List.of(megan.id()),
                new Notifications.Message(
                        NotificationKind.CHANGE_CONFIRMATION_REQUESTED,
                        studyChange,
                        "Did this change to " + library.name() + " happen?",
                        "After your review, " + library.name() + " promised: Two meeting rooms become quiet study"
                                + " rooms in May and June. Did this change happen? Did it make a difference?",
                        "/changes/" + studyChange));

        ServiceRef path = services.ref("riverside-path");
        review(path, amara, 4, 9, "The new lights make the walk home feel much safer.");
        review(path, dafydd, 3, 30, null);
        review(path, priya, 2, 45, "Puddles right across the path near the weir after every shower.");

        for (ServiceRef service : List.of(recycling, gardens, library, path)) {
            rollups.rebuild(service.id());
        }
        LOG.info("Demo co-assessment: two years of ratings for three services, reviews, replies and changes");
    }

    private PersonRef person(String user, String name) {
        return people.invite(user + "@" + emailDomain, name);
    }

    /**
     * Gathered ratings, month by month for two years, drifting from one mean to another: the
     * trend a service that listened would show. Inserted in one statement per service.
     */
    private void history(ServiceRef service, String source, double from, double to, int perMonth, Random random) {
        ZoneId zone = time.zone();
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        List<UUID> ids = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        List<Integer> overall = new ArrayList<>();
        List<Integer> timeliness = new ArrayList<>();
        List<Integer> courtesy = new ArrayList<>();
        List<String> ratedAt = new ArrayList<>();
        List<LocalDate> months = new ArrayList<>();
        for (int back = 23; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            double mean = from + (to - from) * (23 - back) / 23.0;
            int count = perMonth + random.nextInt(perMonth / 2 + 1);
            for (int i = 0; i < count; i++) {
                int day = 1
                        + random.nextInt(
                                back == 0
                                        ? Math.max(
                                                1, clock.instant().atZone(zone).getDayOfMonth())
                                        : 28);
                Instant at = month.atDay(day)
                        .atTime(9 + random.nextInt(9), random.nextInt(60))
                        .atZone(zone)
                        .toInstant();
                if (at.isAfter(clock.instant())) {
                    at = clock.instant().minus(Duration.ofHours(1 + random.nextInt(12)));
                }
                ids.add(UUID.randomUUID());
                externalIds.add(source + "-" + month + "-" + i);
                overall.add(score(mean, random));
                timeliness.add(random.nextInt(3) == 0 ? null : score(mean - 0.3, random));
                courtesy.add(random.nextInt(3) == 0 ? null : score(mean + 0.3, random));
                ratedAt.add(at.toString());
                months.add(YearMonth.from(at.atZone(zone)).atDay(1));
            }
        }
        db.createNativeQuery("""
                        INSERT INTO ratings (id, service_id, source, external_id, overall, timeliness, courtesy,
                            rated_at, rated_month, updated_at)
                        SELECT id, ?1, ?2, external_id, overall, timeliness, courtesy, rated_at, rated_month, rated_at
                        FROM unnest(CAST(?3 AS uuid[]), CAST(?4 AS text[]), CAST(?5 AS int[]), CAST(?6 AS int[]),
                                    CAST(?7 AS int[]), CAST(?8 AS timestamptz[]), CAST(?9 AS date[]))
                             AS r (id, external_id, overall, timeliness, courtesy, rated_at, rated_month)
                        """)
                .setParameter(1, service.id())
                .setParameter(2, source)
                .setParameter(3, ids.toArray(UUID[]::new))
                .setParameter(4, externalIds.toArray(String[]::new))
                .setParameter(5, overall.toArray(Integer[]::new))
                .setParameter(6, timeliness.toArray(Integer[]::new))
                .setParameter(7, courtesy.toArray(Integer[]::new))
                .setParameter(8, ratedAt.toArray(String[]::new))
                .setParameter(9, months.stream().map(LocalDate::toString).toArray(String[]::new))
                .executeUpdate();
    }

    /** A score around the mean: 1 to 5. */
    private static int score(double mean, Random random) {
        return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian() * 0.9)));
    }

    private UUID review(ServiceRef service, PersonRef person, int overall, int daysAgo, String words) {
        Instant at = clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(3));
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.serviceId = service.id();
        rating.personId = person.id();
        rating.overall = overall;
        rating.timeliness = Math.max(1, overall - 1);
        rating.courtesy = Math.min(5, overall + 1);
        rating.review = words;
        rating.usedIn = YearMonth.from(at.atZone(time.zone())).atDay(1);
        rating.ratedAt = at;
        rating.ratedMonth = YearMonth.from(at.atZone(time.zone())).atDay(1);
        rating.updatedAt = at;
        db.persist(rating);
        return rating.id;
    }

    private void reply(UUID ratingId, PersonRef staff, int daysAgo, String body) {
        Reply reply = new Reply();
        reply.id = UUID.randomUUID();
        reply.ratingId = ratingId;
        reply.authorId = staff.id();
        reply.body = body;
        reply.createdAt = clock.instant().minus(Duration.ofDays(daysAgo));
        reply.updatedAt = reply.createdAt;
        db.persist(reply);
    }

    /** Days are counted back from today; a negative expected day is in the future. */
    private UUID change(
            UUID ratingId,
            int committedDaysAgo,
            String what,
            int expectedDaysAgo,
            Integer doneDaysAgo,
            Integer answeredDaysAgo,
            ChangeAnswer answer,
            String comment) {
        Rating rating = db.find(Rating.class, ratingId);
        Change change = new Change();
        change.id = UUID.randomUUID();
        change.ratingId = ratingId;
        change.serviceId = rating.serviceId;
        change.what = what;
        change.committedAt = clock.instant().minus(Duration.ofDays(committedDaysAgo));
        change.expectedBy = LocalDate.now(clock.withZone(time.zone())).minusDays(expectedDaysAgo);
        if (doneDaysAgo != null) {
            change.doneAt = clock.instant().minus(Duration.ofDays(doneDaysAgo));
            change.askedAt = change.doneAt;
        }
        if (answer != null) {
            change.answer = answer;
            change.answerComment = comment;
            change.answeredAt = clock.instant().minus(Duration.ofDays(answeredDaysAgo));
        }
        db.persist(change);
        return change.id;
    }
}
