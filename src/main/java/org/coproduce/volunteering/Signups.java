package org.coproduce.volunteering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.database.SqlValues;
import org.coproduce.shared.time.InstanceTime;

/**
 * Sign-ups: a volunteer signs up and is confirmed while places remain, otherwise waitlisted;
 * cancelling promotes the first on the waitlist; staff assign, move and remove people.
 *
 * <p>Every change takes a lock on the person (a transaction-scoped advisory lock, so two
 * overlapping sign-ups by one person cannot both pass the checks) and then on the shift row (so
 * the counts change one at a time). Always in that order, so two requests never deadlock. The
 * database still refuses more confirmed people than places, and two active sign-ups of one
 * person to one shift, whatever this code does.
 */
@ApplicationScoped
public class Signups {
    private final EntityManager db;
    private final Opportunities opportunities;
    private final VolunteeringPermissions permissions;
    private final SignupViews views;
    private final People people;
    private final Notifications notifications;
    private final AuditLog audit;
    private final InstanceTime time;
    private final org.coproduce.shared.security.CurrentIdentity identity;
    private final Settings settings;
    private final DeliveryEvents events;
    private final Clock clock;

    Signups(
            EntityManager db,
            Opportunities opportunities,
            VolunteeringPermissions permissions,
            SignupViews views,
            People people,
            Notifications notifications,
            AuditLog audit,
            InstanceTime time,
            org.coproduce.shared.security.CurrentIdentity identity,
            Settings settings,
            DeliveryEvents events,
            Clock clock) {
        this.db = db;
        this.opportunities = opportunities;
        this.permissions = permissions;
        this.views = views;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.time = time;
        this.identity = identity;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The instance's burden limit: at most {@code hours} in any {@code window}. */
    @ConfigMapping(prefix = "coproduce.volunteering.burden-limit")
    public interface Settings {
        @WithDefault("16")
        int hours();

        @WithDefault("P7D")
        Duration window();
    }

    /**
     * Signs the person up: confirmed while a place is left, otherwise on the waitlist.
     *
     * <p>When sign-up opens for a popular shift, most of a burst finds it full. Those join the
     * waitlist under a shared lock on the shift's row, which changes nothing on it, so they commit
     * together; only taking a place locks the row for writing, one at a time. Whether the shift is
     * full is first read without a lock; in the rare case that a place came free before the shared
     * lock was granted, the attempt starts again and takes the row for writing.
     */
    public SignupResult signUp(UUID shiftId, SignupInput input) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> signUp(shiftId, input, true));
        } catch (PlaceCameFree meanwhile) {
            return QuarkusTransaction.requiringNew().call(() -> signUp(shiftId, input, false));
        }
    }

    /** Thrown (and the transaction rolled back) when a shift read as full had a place once locked. */
    private static final class PlaceCameFree extends RuntimeException {
        PlaceCameFree() {
            super(null, null, false, false);
        }
    }

    private SignupResult signUp(UUID shiftId, SignupInput input, boolean shareWhenFull) {
        PersonRef me = people.me();
        Opportunity opportunity = opportunities.visible(opportunityIdOf(shiftId));
        // Checks that need no lock come first, so the shift stays locked as briefly as possible.
        if (opportunity.minimumAge != null && (input == null || !input.confirmsAge())) {
            throw ProblemException.conflict("This task is for people aged " + opportunity.minimumAge
                    + " or over: confirm that you are to sign up.");
        }
        requireChecks(opportunity, me.id());
        lockPerson(me.id());
        // The person's lock guards their sign-ups, so this holds until the transaction ends.
        Optional<Signup> existing = activeSignup(shiftId, me.id());
        if (existing.isPresent()) {
            return new SignupResult(views.of(existing.get(), false), false);
        }
        requireFreeAndWithinLimit(me.id(), shiftId, "you");
        boolean joiningTheWaitlist = shareWhenFull && looksFull(shiftId);
        Shift shift = lockedShift(
                shiftId, joiningTheWaitlist ? LockModeType.PESSIMISTIC_READ : LockModeType.PESSIMISTIC_WRITE);
        if (joiningTheWaitlist && shift.hasPlaceLeft()) {
            throw new PlaceCameFree();
        }
        if (opportunity.state != OpportunityState.PUBLISHED) {
            throw ProblemException.conflict("This opportunity is not taking sign-ups.");
        }
        Instant now = clock.instant();
        if (now.isBefore(shift.signupOpensAt)) {
            throw ProblemException.conflict(
                    "Sign-up for this shift opens on " + time.describe(shift.signupOpensAt) + ".");
        }
        if (!now.isBefore(shift.signupClosesAt)) {
            throw ProblemException.conflict("Sign-up for this shift closed on " + time.describe(shift.signupClosesAt)
                    + ". Please contact the service if you can still help.");
        }
        Signup signup = newSignup(shift, me.id(), now);
        Integer position = null;
        if (shift.hasPlaceLeft()) {
            confirm(shift, signup, now);
        } else {
            // The shift's row is not written: its waitlist is counted from the sign-ups. People
            // joining in the same instant may be told the same position; the queue's order is
            // their queuedAt, and the next read of the shift counts them exactly.
            signup.status = SignupStatus.WAITLISTED;
            position = shift.waitlistCount + 1;
        }
        db.persist(signup);
        db.flush();
        if (signup.status == SignupStatus.CONFIRMED) {
            events.confirmed(opportunities.service(opportunity.serviceId), shift, signup);
        }
        return new SignupResult(views.of(signup, shift, opportunity, me, position), true);
    }

    /** Whether the shift was full when last committed, read without a lock. */
    private boolean looksFull(UUID shiftId) {
        return Boolean.TRUE.equals(db.createNativeQuery("SELECT confirmed_count >= capacity FROM shifts WHERE id = ?1")
                .setParameter(1, shiftId)
                .getResultStream()
                .findFirst()
                .orElse(null));
    }

    /** The volunteer cancels (before the deadline), or staff remove them (at any time). */
    @Transactional
    public SignupView end(UUID signupId) {
        Signup found = db.find(Signup.class, signupId);
        if (found == null) {
            throw ProblemException.notFound("sign-up", signupId);
        }
        PersonRef me = people.me();
        boolean own = found.personId.equals(me.id());
        ServiceRef service = serviceOfShift(found.shiftId);
        if (!own && !permissions.canManage(service)) {
            throw ProblemException.notFound("sign-up", signupId);
        }
        lockPerson(found.personId);
        Shift shift = lockedShift(found.shiftId);
        Signup signup = locked(found);
        if (!signup.status.isActive()) {
            return views.of(signup, !own);
        }
        if (own && !clock.instant().isBefore(shift.cancelDeadline)) {
            throw ProblemException.conflict("The time to cancel this shift online ended on "
                    + time.describe(shift.cancelDeadline) + ". Please tell the staff you cannot come.");
        }
        leave(shift, signup, own ? SignupStatus.CANCELLED : SignupStatus.REMOVED);
        if (!own) {
            record(me, "signup.removed", signup, service, "Removed a volunteer from the shift at " + shift.startsAt);
            tell(signup.personId, NotificationKind.SIGNUP_CHANGED, shift, "Staff took you off this shift.");
        }
        db.flush();
        return views.of(signup, !own);
    }

    /**
     * Gives up every place the person holds on shifts that have not started, as if they had
     * cancelled, so the waitlist moves on: used when they erase their account.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void giveUpComingPlaces(UUID personId) {
        lockPerson(personId);
        List<Signup> coming = db.createQuery(
                        "select s from Signup s, Shift sh where sh.id = s.shiftId and s.personId = :person"
                                + " and s.status in :active and sh.startsAt > :now order by sh.startsAt, s.id",
                        Signup.class)
                .setParameter("person", personId)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .setParameter("now", clock.instant())
                .getResultList();
        for (Signup found : coming) {
            Shift shift = lockedShift(found.shiftId);
            Signup signup = locked(found);
            if (signup.status.isActive()) {
                leave(shift, signup, SignupStatus.CANCELLED);
            }
        }
        db.flush();
    }

    @Transactional
    public SignupResult assign(UUID shiftId, AssignmentInput input) {
        PersonRef me = people.me();
        ServiceRef service = serviceOfShift(shiftId);
        permissions.requireCanManage(service);
        UUID personId = personFor(input);
        lockPerson(personId);
        Optional<Signup> existing = activeSignup(shiftId, personId);
        if (existing.isEmpty()) {
            requireChecks(opportunities.visible(opportunityIdOf(shiftId)), personId);
            requireFreeAndWithinLimit(personId, shiftId, "they");
        }
        Shift shift = lockedShift(shiftId);
        existing = existing.map(this::locked); // a cancellation may have promoted them meanwhile
        if (existing.isPresent() && existing.get().status == SignupStatus.CONFIRMED) {
            return new SignupResult(views.of(existing.get(), true), false);
        }
        Signup signup;
        if (existing.isPresent()) {
            signup = existing.get(); // from the waitlist to a place
            shift.waitlistCount--; // in memory only: the count is read from the sign-ups
        } else {
            signup = newSignup(shift, personId, clock.instant());
        }
        // Hibernate inserts the state a new entity has when persisted, so place it first.
        placeByStaff(shift, signup, input.overCapacityReason(), me);
        if (existing.isEmpty()) {
            db.persist(signup);
        }
        db.flush();
        record(
                me,
                "signup.assigned",
                signup,
                service,
                "Assigned a volunteer to the shift at " + shift.startsAt
                        + (signup.overCapacityReason == null ? "" : " above capacity: " + signup.overCapacityReason));
        tell(personId, NotificationKind.SIGNUP_CHANGED, shift, "Staff gave you a place on this shift.");
        return new SignupResult(views.of(signup, true), existing.isEmpty());
    }

    @Transactional
    public SignupView move(UUID signupId, MoveInput input) {
        PersonRef me = people.me();
        Signup found = db.find(Signup.class, signupId);
        if (found == null) {
            throw ProblemException.notFound("sign-up", signupId);
        }
        UUID fromId = found.shiftId;
        UUID toId = input.shiftId();
        if (db.createQuery("select count(s) from Shift s where s.id = :id", Long.class)
                        .setParameter("id", toId)
                        .getSingleResult()
                == 0) {
            throw ProblemException.invalidField("shiftId", "is not a shift");
        }
        ServiceRef service = serviceOfShift(fromId);
        permissions.requireCanManage(service);
        permissions.requireCanManage(serviceOfShift(toId));
        if (toId.equals(fromId)) {
            throw ProblemException.invalidField("shiftId", "is the shift they are already on");
        }
        lockPerson(found.personId);
        requireFreeAndWithinLimit(found.personId, toId, "they", fromId);
        // Both shifts, in id order, so that two opposite moves cannot deadlock.
        Shift first = lockedShift(fromId.compareTo(toId) < 0 ? fromId : toId);
        Shift second = lockedShift(fromId.compareTo(toId) < 0 ? toId : fromId);
        Shift from = first.id.equals(fromId) ? first : second;
        Shift to = first.id.equals(fromId) ? second : first;
        Signup signup = locked(found);
        if (!signup.status.isActive()) {
            throw ProblemException.conflict(
                    "This sign-up was cancelled; assign the person to the other shift instead.");
        }
        if (activeSignup(to.id, signup.personId).isPresent()) {
            throw ProblemException.conflict("They are already signed up for the other shift.");
        }
        leave(from, signup, SignupStatus.REMOVED);
        db.flush();
        Signup moved = newSignup(to, signup.personId, clock.instant());
        placeByStaff(to, moved, input.overCapacityReason(), me);
        db.persist(moved);
        db.flush();
        record(
                me,
                "signup.moved",
                moved,
                service,
                "Moved a volunteer from the shift at " + from.startsAt + " to the shift at " + to.startsAt);
        tell(signup.personId, NotificationKind.SIGNUP_CHANGED, to, "Staff moved you to this shift.");
        return views.of(moved, true);
    }

    /** Staff confirm a check (such as safeguarding) for a person, for their organisation's opportunities. */
    @Transactional
    public void confirmCheck(UUID shiftId, UUID personId, String check) {
        ServiceRef service = serviceOfShift(shiftId);
        permissions.requireCanManage(service);
        PersonRef me = people.me();
        if (people.findByIds(List.of(personId)).isEmpty()) {
            throw ProblemException.notFound("person", personId);
        }
        db.createNativeQuery("""
                        INSERT INTO volunteer_checks (organisation_id, person_id, check_name, confirmed_by, confirmed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING
                        """)
                .setParameter(1, service.organisationId())
                .setParameter(2, personId)
                .setParameter(3, check.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter(4, me.id())
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record(new AuditLog.Change(
                me.id(),
                identity.subject(),
                "volunteer-check.confirmed",
                "person",
                personId,
                service.organisationId(),
                "Confirmed the check '" + check.strip() + "'"));
    }

    // --- the rules -------------------------------------------------------------------------

    private void requireChecks(Opportunity opportunity, UUID personId) {
        if (opportunity.checks.length == 0) {
            return;
        }
        ServiceRef service = opportunities.service(opportunity.serviceId);
        @SuppressWarnings("unchecked")
        List<String> confirmed = db.createNativeQuery(
                        "SELECT check_name FROM volunteer_checks WHERE organisation_id = ?1 AND person_id = ?2")
                .setParameter(1, service.organisationId())
                .setParameter(2, personId)
                .getResultList();
        List<String> missing = Arrays.stream(opportunity.checks)
                .filter(check -> !confirmed.contains(check))
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("This task needs a " + String.join(" and a ", missing)
                    + " check confirmed by staff of " + service.name() + " first. Please contact them.");
        }
    }

    private void requireFreeAndWithinLimit(UUID personId, UUID shiftId, String who) {
        requireFreeAndWithinLimit(personId, shiftId, who, shiftId);
    }

    /**
     * Refuses a shift that overlaps another of the person's, or takes them over the burden limit.
     * Runs under the person's lock, which guards their sign-ups; {@code leaving} is a shift they
     * are being moved off, so it does not count.
     */
    private void requireFreeAndWithinLimit(UUID personId, UUID shiftId, String who, UUID leaving) {
        Object[] times = (Object[]) db.createNativeQuery("SELECT starts_at, ends_at FROM shifts WHERE id = ?1")
                .setParameter(1, shiftId)
                .getSingleResult();
        Instant startsAt = SqlValues.instant(times[0]);
        Instant endsAt = SqlValues.instant(times[1]);
        Duration window = settings.window();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT s.starts_at, s.ends_at FROM signups u JOIN shifts s ON s.id = u.shift_id
                        WHERE u.person_id = ?1 AND u.status IN ('CONFIRMED', 'WAITLISTED')
                          AND s.id <> ?2 AND s.id <> ?5 AND s.ends_at > ?3 AND s.starts_at < ?4
                        """)
                .setParameter(1, personId)
                .setParameter(2, shiftId)
                .setParameter(3, Timestamp.from(startsAt.minus(window)))
                .setParameter(4, Timestamp.from(endsAt.plus(window)))
                .setParameter(5, leaving)
                .getResultList();
        List<BurdenLimit.Interval> theirs = rows.stream()
                .map(row -> new BurdenLimit.Interval(SqlValues.instant(row[0]), SqlValues.instant(row[1])))
                .toList();
        for (BurdenLimit.Interval other : theirs) {
            if (other.start().isBefore(endsAt) && startsAt.isBefore(other.end())) {
                throw ProblemException.conflict("This shift overlaps another shift " + who + " signed up for, on "
                        + time.describe(other.start()) + ".");
            }
        }
        BurdenLimit limit = new BurdenLimit(Duration.ofHours(settings.hours()), window);
        if (!limit.allows(theirs, new BurdenLimit.Interval(startsAt, endsAt))) {
            throw ProblemException.conflict("This would be more than " + settings.hours() + " hours of volunteering in "
                    + window.toDays() + " days. We limit this so that nobody is asked to give too much.");
        }
    }

    // --- moving people in and out ------------------------------------------------------------

    private Signup newSignup(Shift shift, UUID personId, Instant now) {
        Signup signup = new Signup();
        signup.id = UUID.randomUUID();
        signup.shiftId = shift.id;
        signup.personId = personId;
        signup.queuedAt = now;
        signup.createdAt = now;
        signup.updatedAt = now;
        return signup;
    }

    private void confirm(Shift shift, Signup signup, Instant now) {
        signup.status = SignupStatus.CONFIRMED;
        signup.confirmedAt = now;
        signup.updatedAt = now;
        shift.confirmedCount++;
        shift.updatedAt = now;
    }

    /** Staff give a place: a free one, or one above capacity when they give a reason. */
    private void placeByStaff(Shift shift, Signup signup, String overCapacityReason, PersonRef staff) {
        Instant now = clock.instant();
        if (!shift.hasPlaceLeft() && shift.confirmedCount >= shift.places()) {
            if (overCapacityReason == null || overCapacityReason.isBlank()) {
                throw ProblemException.conflict(
                        "This shift is full. To add them anyway, give a reason (it is recorded in the audit log).");
            }
            shift.extraPlaces++;
            signup.overCapacityReason = overCapacityReason.strip();
        }
        signup.assignedBy = staff.id();
        confirm(shift, signup, now);
        events.confirmed(serviceOf(shift), shift, signup);
    }

    /** Ends an active sign-up and fills a freed place from the waitlist, first come first served. */
    private void leave(Shift shift, Signup signup, SignupStatus how) {
        Instant now = clock.instant();
        SignupStatus was = signup.status;
        signup.status = how;
        signup.endedAt = now;
        signup.updatedAt = now;
        ServiceRef service = serviceOf(shift);
        events.cancelled(service, shift, signup);
        if (was == SignupStatus.WAITLISTED) {
            shift.waitlistCount--; // in memory only: the count is read from the sign-ups
            return;
        }
        shift.confirmedCount--;
        shift.extraPlaces = Math.max(0, Math.min(shift.extraPlaces, shift.confirmedCount - shift.capacity));
        db.flush();
        // Each query sees every waitlist join committed so far (the shift's count was read with
        // the lock's snapshot, which may predate joins that finished while this waited for it).
        while (shift.hasPlaceLeft()) {
            Optional<Signup> next = db.createQuery(
                            "from Signup where shiftId = :shift and status = :waiting order by queuedAt, id",
                            Signup.class)
                    .setParameter("shift", shift.id)
                    .setParameter("waiting", SignupStatus.WAITLISTED)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            Signup first = next.get();
            shift.waitlistCount = Math.max(0, shift.waitlistCount - 1);
            confirm(shift, first, now);
            db.flush();
            events.promoted(service, shift, first);
            tell(first.personId, NotificationKind.SIGNUP_PROMOTED, shift, "A place came free: you are now confirmed.");
        }
        shift.updatedAt = now;
    }

    // --- helpers -----------------------------------------------------------------------------

    private void lockPerson(UUID personId) {
        db.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('volunteering:' || CAST(?1 AS text), 0))")
                .setParameter(1, personId)
                .getSingleResult();
    }

    private Shift lockedShift(UUID shiftId) {
        return lockedShift(shiftId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** PESSIMISTIC_WRITE to change the shift; PESSIMISTIC_READ (shared) to rely on it not changing. */
    private Shift lockedShift(UUID shiftId, LockModeType mode) {
        // Callers never load the shift before this (see opportunityIdOf), so this is the locked, current row.
        Shift shift = db.find(Shift.class, shiftId, mode);
        if (shift == null) {
            throw ProblemException.notFound("shift", shiftId);
        }
        return shift;
    }

    private Signup locked(Signup signup) {
        db.refresh(signup);
        return signup;
    }

    Optional<Signup> activeSignup(UUID shiftId, UUID personId) {
        return db.createQuery(
                        "from Signup where shiftId = :shift and personId = :person and status in :active", Signup.class)
                .setParameter("shift", shiftId)
                .setParameter("person", personId)
                .setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED))
                .getResultStream()
                .findFirst();
    }

    private UUID personFor(AssignmentInput input) {
        if (input.personId() != null) {
            if (people.findByIds(List.of(input.personId())).isEmpty()) {
                throw ProblemException.invalidField("personId", "is not a person");
            }
            return input.personId();
        }
        if (input.email() == null || input.email().isBlank()) {
            throw ProblemException.invalidField("personId", "give the person's id or email");
        }
        return people.findOrInviteByEmail(input.email().strip()).id();
    }

    /** The shift's opportunity, read without loading the shift, so that it can be locked fresh later. */
    UUID opportunityIdOf(UUID shiftId) {
        return db.createQuery("select s.opportunityId from Shift s where s.id = :id", UUID.class)
                .setParameter("id", shiftId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("shift", shiftId));
    }

    ServiceRef serviceOfShift(UUID shiftId) {
        return opportunities.service(db.find(Opportunity.class, opportunityIdOf(shiftId)).serviceId);
    }

    ServiceRef serviceOf(Shift shift) {
        Opportunity opportunity = db.find(Opportunity.class, shift.opportunityId);
        return opportunities.service(opportunity.serviceId);
    }

    private void tell(UUID personId, NotificationKind kind, Shift shift, String detail) {
        Opportunity opportunity = db.find(Opportunity.class, shift.opportunityId);
        notifications.notify(
                List.of(personId),
                new Notifications.Message(
                        kind,
                        shift.id,
                        opportunity.title + ", " + time.describe(shift.startsAt),
                        detail,
                        "/my-shifts"));
    }

    private void record(PersonRef actor, String action, Signup signup, ServiceRef service, String summary) {
        audit.record(new AuditLog.Change(
                actor.id(), identity.subject(), action, "signup", signup.id, service.organisationId(), summary));
    }
}
