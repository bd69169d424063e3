package org.coproduce.volunteering;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.time.InstanceTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Riverside's co-delivery demo: opportunities with past and future shifts, a full shift with a
 * waitlist, attendance and approved hours, and everyday contributions. Runs after the demo
 * catalogue and ideas, and only into an empty opportunities table.
 */
@ApplicationScoped
public class DemoVolunteering {
    private static final Logger LOG = Logger.getLogger(DemoVolunteering.class);

    /** How many demo sign-ups each shift has had, so each queues a minute after the last. */
    private final java.util.Map<UUID, Integer> queued = new java.util.HashMap<>();

    private final EntityManager db;
    private final PublicServices services;
    private final People people;
    private final InstanceTime time;
    private final Clock clock;
    private final boolean enabled;
    private final String emailDomain;

    DemoVolunteering(
            EntityManager db,
            PublicServices services,
            People people,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "coproduce.demo.email-domain", defaultValue = "riverside.example")
                    String emailDomain) {
        this.db = db;
        this.services = services;
        this.people = people;
        this.time = time;
        this.clock = clock;
        this.enabled = enabled;
        this.emailDomain = emailDomain;
    }

    @Transactional
    void load(@Observes @Priority(3100) StartupEvent started) {
        long existing =
                db.createQuery("select count(o) from Opportunity o", Long.class).getSingleResult();
        if (!enabled || existing > 0) {
            return;
        }
        List<PersonRef> citizens = List.of(
                people.invite("priya@" + emailDomain, "Priya Shah"),
                people.invite("tom@" + emailDomain, "Tom Evans"),
                people.invite("megan@" + emailDomain, "Megan Jones"),
                people.invite("dafydd@" + emailDomain, "Dafydd Rhys"),
                people.invite("amara@" + emailDomain, "Amara Okafor"));
        PersonRef sam = people.invite("sam@" + emailDomain, "Sam Staff");
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        LocalDate nextSaturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

        Opportunity workday = opportunity(
                services.ref("community-gardens"),
                "Community garden workday",
                "Help us keep the Mill Lane garden growing: weeding, planting and building raised beds. No"
                        + " experience needed; we show you what to do.",
                "Mill Lane community garden",
                "Sturdy shoes and clothes that can get muddy. We provide gloves and tools.",
                List.of("gardening"));
        Shift past = shift(workday, today.minusDays(7), LocalTime.of(10, 0), 3, 6);
        signUp(past, citizens.get(0), SignupStatus.CONFIRMED).attend(past, true, sam);
        signUp(past, citizens.get(1), SignupStatus.CONFIRMED).attend(past, true, sam);
        signUp(past, citizens.get(2), SignupStatus.CONFIRMED).attend(past, false, sam);
        signUp(past, citizens.get(3), SignupStatus.CONFIRMED).noShow();
        Shift full = shift(workday, nextSaturday, LocalTime.of(10, 0), 3, 3);
        signUp(full, citizens.get(0), SignupStatus.CONFIRMED);
        signUp(full, citizens.get(2), SignupStatus.CONFIRMED);
        signUp(full, citizens.get(4), SignupStatus.CONFIRMED);
        signUp(full, citizens.get(1), SignupStatus.WAITLISTED);
        signUp(full, citizens.get(3), SignupStatus.WAITLISTED);
        shift(workday, nextSaturday.plusDays(14), LocalTime.of(10, 0), 3, 8);

        Opportunity litter = opportunity(
                services.ref("litter-pick-volunteers"),
                "Riverside litter pick",
                "An hour and a half along the river path, picking litter and noting fly-tipping for the crews.",
                "Meet at the Mill Bridge steps",
                "A water bottle. We provide pickers, bags and hi-vis vests.",
                List.of("outdoors"));
        Shift lastMonth = shift(litter, today.minusDays(21), LocalTime.of(9, 30), 2, 10);
        signUp(lastMonth, citizens.get(1), SignupStatus.CONFIRMED).attend(lastMonth, true, sam);
        signUp(lastMonth, citizens.get(4), SignupStatus.CONFIRMED).attend(lastMonth, true, sam);
        shift(litter, nextSaturday.plusDays(7), LocalTime.of(9, 30), 2, 10);

        UUID picked = kind(services.ref("litter-pick-volunteers"), "Litter picked");
        kind(services.ref("litter-pick-volunteers"), "Fly-tipping reported");
        UUID watering = kind(services.ref("community-gardens"), "Watering the beds");
        contribution(citizens.get(0), services.ref("litter-pick-volunteers"), picked, today.minusDays(3), "1.0");
        contribution(citizens.get(3), services.ref("community-gardens"), watering, today.minusDays(1), "0.5");
        rangerPatrols(sam, today);
        LOG.info("Demo co-delivery: 3 opportunities with past and future shifts, a full shift with a waitlist, and"
                + " ranger patrols carried by five volunteers over the burden warning");
    }

    /**
     * The dark side of co-delivery, for the monitors: the park rangers lean on five regulars who
     * each walked thirteen 4-hour patrols in the last four weeks (52 hours, above the warning level
     * of 48) while a sixth volunteer came three times.
     */
    private void rangerPatrols(PersonRef sam, LocalDate today) {
        Opportunity patrols = opportunity(
                services.ref("park-rangers"),
                "Volunteer ranger patrols",
                "Walk the parks with a ranger: check paths and play areas, report damage and talk to visitors.",
                "Rangers' hut, Mill Meadow",
                "Walking boots and a waterproof. We provide a radio and a hi-vis vest.",
                List.of("outdoors"));
        List<PersonRef> regulars = List.of(
                people.invite("gwen@" + emailDomain, "Gwen Morgan"),
                people.invite("ali@" + emailDomain, "Ali Hassan"),
                people.invite("rosa@" + emailDomain, "Rosa Silva"),
                people.invite("ken@" + emailDomain, "Ken Lee"),
                people.invite("nia@" + emailDomain, "Nia Price"));
        PersonRef occasional = people.invite("joe@" + emailDomain, "Joe Marsh");
        int[] daysAgo = {27, 25, 23, 20, 18, 16, 13, 11, 9, 6, 4, 2, 1};
        for (int i = 0; i < daysAgo.length; i++) {
            Shift patrol = shift(patrols, today.minusDays(daysAgo[i]), LocalTime.of(9, 0), 4, 6);
            for (PersonRef regular : regulars) {
                signUp(patrol, regular, SignupStatus.CONFIRMED).attend(patrol, true, sam);
            }
            if (i % 4 == 0) {
                signUp(patrol, occasional, SignupStatus.CONFIRMED).attend(patrol, true, sam);
            }
        }
        shift(patrols, today.plusDays(2), LocalTime.of(9, 0), 4, 6);
    }

    /** A demo sign-up with helpers to record what happened at the shift. */
    private final class DemoSignup {
        private final Signup signup;

        DemoSignup(Signup signup) {
            this.signup = signup;
        }

        void attend(Shift shift, boolean approved, PersonRef staff) {
            signup.attendance = Attendance.ATTENDED;
            signup.hours = ShiftViews.hours(shift.length());
            if (approved) {
                signup.hoursApprovedAt = shift.endsAt;
                signup.hoursApprovedBy = staff.id();
            }
        }

        void noShow() {
            signup.attendance = Attendance.NO_SHOW;
        }
    }

    private Opportunity opportunity(
            ServiceRef service, String title, String description, String place, String bring, List<String> skills) {
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.serviceId = service.id();
        opportunity.title = title;
        opportunity.description = description;
        opportunity.placeName = place;
        opportunity.whatToBring = bring;
        opportunity.skills = skills.toArray(String[]::new);
        opportunity.state = OpportunityState.PUBLISHED;
        opportunity.createdAt = clock.instant();
        opportunity.updatedAt = opportunity.createdAt;
        db.persist(opportunity);
        return opportunity;
    }

    private Shift shift(Opportunity opportunity, LocalDate day, LocalTime start, int hours, int capacity) {
        Shift shift = new Shift();
        shift.id = UUID.randomUUID();
        shift.opportunityId = opportunity.id;
        shift.startsAt = day.atTime(start).atZone(time.zone()).toInstant();
        shift.endsAt = shift.startsAt.plus(Duration.ofHours(hours));
        shift.capacity = capacity;
        shift.signupOpensAt = shift.startsAt.minus(Duration.ofDays(60));
        shift.signupClosesAt = shift.startsAt;
        shift.cancelDeadline = shift.startsAt.minus(Duration.ofHours(24));
        shift.checkInCode = "GARDEN";
        shift.createdAt = clock.instant();
        shift.updatedAt = shift.createdAt;
        db.persist(shift);
        return shift;
    }

    private DemoSignup signUp(Shift shift, PersonRef person, SignupStatus status) {
        Instant at = shift.signupOpensAt.plus(Duration.ofMinutes(queued.merge(shift.id, 1, Integer::sum)));
        Signup signup = new Signup();
        signup.id = UUID.randomUUID();
        signup.shiftId = shift.id;
        signup.personId = person.id();
        signup.status = status;
        signup.queuedAt = at;
        signup.confirmedAt = status == SignupStatus.CONFIRMED ? at : null;
        signup.createdAt = at;
        signup.updatedAt = at;
        if (status == SignupStatus.CONFIRMED) {
            shift.confirmedCount++;
        }
        db.persist(signup);
        return new DemoSignup(signup);
    }

    private UUID kind(ServiceRef service, String name) {
        UUID id = UUID.randomUUID();
        db.createNativeQuery("INSERT INTO contribution_kinds (id, service_id, name) VALUES (?1, ?2, ?3)")
                .setParameter(1, id)
                .setParameter(2, service.id())
                .setParameter(3, name)
                .executeUpdate();
        return id;
    }

    private void contribution(PersonRef person, ServiceRef service, UUID kind, LocalDate day, String hours) {
        db.createNativeQuery("INSERT INTO contributions (id, person_id, service_id, kind_id, happened_on, hours)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, person.id())
                .setParameter(3, service.id())
                .setParameter(4, kind)
                .setParameter(5, java.sql.Date.valueOf(day))
                .setParameter(6, new BigDecimal(hours))
                .executeUpdate();
    }
}
