package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;

/** Rosters, attendance, check-in and hours: what happens once people are on a shift. */
@ApplicationScoped
public class Attendances {
    /** Volunteers may check in a little before the start, as people arrive early. */
    private static final Duration EARLY_CHECK_IN = Duration.ofMinutes(30);

    private final EntityManager db;
    private final Signups signups;
    private final Opportunities opportunities;
    private final VolunteeringPermissions permissions;
    private final SignupViews views;
    private final ShiftViews shiftViews;
    private final People people;
    private final RateLimits rateLimits;
    private final Contributions contributions;
    private final AuditLog audit;
    private final CurrentIdentity identity;
    private final Clock clock;

    Attendances(
            EntityManager db,
            Signups signups,
            Opportunities opportunities,
            VolunteeringPermissions permissions,
            SignupViews views,
            ShiftViews shiftViews,
            People people,
            RateLimits rateLimits,
            Contributions contributions,
            AuditLog audit,
            CurrentIdentity identity,
            Clock clock) {
        this.db = db;
        this.signups = signups;
        this.opportunities = opportunities;
        this.permissions = permissions;
        this.views = views;
        this.shiftViews = shiftViews;
        this.people = people;
        this.rateLimits = rateLimits;
        this.contributions = contributions;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    /** Confirmed people in the order they got their place, then the waitlist in its order. */
    @Transactional
    public Roster roster(UUID shiftId) {
        Shift shift = db.find(Shift.class, shiftId);
        if (shift == null) {
            throw ProblemException.notFound("shift", shiftId);
        }
        opportunities.visible(shift.opportunityId);
        boolean staff = permissions.requireCanReadRosters(signups.serviceOf(shift));
        List<Signup> confirmed = db.createQuery(
                        "from Signup where shiftId = :shift and status = :status order by confirmedAt, id",
                        Signup.class)
                .setParameter("shift", shift.id)
                .setParameter("status", SignupStatus.CONFIRMED)
                .getResultList();
        List<Signup> waiting = db.createQuery(
                        "from Signup where shiftId = :shift and status = :status order by queuedAt, id", Signup.class)
                .setParameter("shift", shift.id)
                .setParameter("status", SignupStatus.WAITLISTED)
                .getResultList();
        List<SignupView> all = views.of(
                java.util.stream.Stream.concat(confirmed.stream(), waiting.stream())
                        .toList(),
                staff);
        return new Roster(
                shiftViews.of(shift, staff),
                all.subList(0, confirmed.size()),
                all.subList(confirmed.size(), all.size()));
    }

    /** Staff record whether someone came and for how long, from the shift's start; optionally approve. */
    @Transactional
    public SignupView mark(UUID signupId, AttendanceInput input) {
        Signup signup = db.find(Signup.class, signupId, LockModeType.PESSIMISTIC_WRITE);
        if (signup == null) {
            throw ProblemException.notFound("sign-up", signupId);
        }
        Shift shift = managedShift(signup.shiftId);
        PersonRef me = people.me();
        Instant now = clock.instant();
        if (now.isBefore(shift.startsAt)) {
            throw ProblemException.conflict("Attendance can be recorded from the start of the shift.");
        }
        if (signup.status != SignupStatus.CONFIRMED) {
            throw ProblemException.conflict("Only confirmed volunteers can be marked; this sign-up is "
                    + signup.status.name().toLowerCase(Locale.ROOT) + ".");
        }
        signup.attendance = input.attendance();
        if (input.attendance() == Attendance.ATTENDED) {
            BigDecimal hours = input.hours() == null ? ShiftViews.hours(shift.length()) : input.hours();
            if (signup.hours == null || signup.hours.compareTo(hours) != 0) {
                signup.hoursApprovedAt = null; // changed hours need approving again
                signup.hoursApprovedBy = null;
            }
            signup.hours = hours;
            if (Boolean.TRUE.equals(input.approve())) {
                signup.hoursApprovedAt = now;
                signup.hoursApprovedBy = me.id();
            }
        } else {
            if (input.hours() != null) {
                throw ProblemException.invalidField("hours", "only for people who attended");
            }
            signup.hours = null;
            signup.hoursApprovedAt = null;
            signup.hoursApprovedBy = null;
        }
        signup.updatedAt = now;
        db.flush();
        record(
                me,
                "attendance.marked",
                signup,
                shift,
                "Marked " + signup.attendance
                        + (signup.hours == null ? "" : ", " + signup.hours + " hours")
                        + (signup.hoursApprovedAt == null ? "" : ", approved"));
        return views.of(signup, true);
    }

    /** Approves the hours of everyone marked attended on the shift whose hours wait for approval. */
    @Transactional
    public Roster approveAll(UUID shiftId) {
        Shift shift = managedShift(shiftId);
        PersonRef me = people.me();
        int approved = db.createQuery("update Signup set hoursApprovedAt = :now, hoursApprovedBy = :me,"
                        + " version = version + 1 where shiftId = :shift and attendance = :attended"
                        + " and hoursApprovedAt is null")
                .setParameter("now", clock.instant())
                .setParameter("me", me.id())
                .setParameter("shift", shift.id)
                .setParameter("attended", Attendance.ATTENDED)
                .executeUpdate();
        audit.record(new AuditLog.Change(
                me.id(),
                identity.subject(),
                "hours.approved",
                "shift",
                shift.id,
                signups.serviceOf(shift).organisationId(),
                "Approved the hours of " + approved + " volunteer(s)"));
        db.clear();
        return roster(shiftId);
    }

    /** The volunteer checks in on site with the code staff show, during the shift. */
    @Transactional
    public SignupView checkIn(UUID shiftId, String code) {
        PersonRef me = people.me();
        rateLimits.hit(me.id().toString(), "check-in");
        Shift shift = db.find(Shift.class, shiftId);
        if (shift == null) {
            throw ProblemException.notFound("shift", shiftId);
        }
        Signup signup = signups.activeSignup(shift.id, me.id())
                .filter(s -> s.status == SignupStatus.CONFIRMED)
                .orElseThrow(() -> ProblemException.conflict("You do not have a confirmed place on this shift."));
        Instant now = clock.instant();
        if (now.isBefore(shift.startsAt.minus(EARLY_CHECK_IN)) || now.isAfter(shift.endsAt)) {
            throw ProblemException.conflict("Check-in is open from 30 minutes before the shift until its end.");
        }
        boolean matches = MessageDigest.isEqual(
                shift.checkInCode.getBytes(StandardCharsets.UTF_8),
                code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            throw ProblemException.invalidField("code", "is not the code shown on site; check it with the staff");
        }
        db.lock(signup, LockModeType.PESSIMISTIC_WRITE);
        if (signup.checkedInAt == null) {
            signup.checkedInAt = now;
            if (signup.attendance == null) {
                signup.attendance = Attendance.ATTENDED;
                signup.hours = ShiftViews.hours(shift.length());
            }
            signup.updatedAt = now;
            db.flush();
        }
        return views.of(signup, false);
    }

    /** My sign-ups: upcoming ones soonest first, or past ones latest first. */
    @Transactional
    public SignupPage mine(boolean past, String cursor, int limit) {
        PersonRef me = people.me();
        Instant now = clock.instant();
        String order = past ? "s.startsAt desc, u.id desc" : "s.startsAt, u.id";
        String after = past
                ? " and (s.startsAt < :afterAt or (s.startsAt = :afterAt and u.id < :afterId))"
                : " and (s.startsAt > :afterAt or (s.startsAt = :afterAt and u.id > :afterId))";
        var query = db.createQuery(
                        "select u, s.startsAt from Signup u, Shift s where s.id = u.shiftId and u.personId = :me"
                                + (past ? " and s.endsAt <= :now" : " and s.endsAt > :now and u.status in :active")
                                + (cursor == null ? "" : after) + " order by " + order,
                        Object[].class)
                .setParameter("me", me.id())
                .setParameter("now", now)
                .setMaxResults(limit + 1);
        if (!past) {
            query.setParameter("active", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED));
        }
        if (cursor != null) {
            List<String> keys = Cursors.decode(cursor, 2);
            try {
                query.setParameter("afterAt", Instant.parse(keys.get(0)))
                        .setParameter("afterId", UUID.fromString(keys.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        KeysetPage<Object[]> page = KeysetPage.of(
                query.getResultList(), limit, row -> List.of(row[1].toString(), ((Signup) row[0]).id.toString()));
        return new SignupPage(
                views.of(page.rows().stream().map(row -> (Signup) row[0]).toList(), false), page.nextCursor());
    }

    @Transactional
    public HoursView myHours() {
        Object[] row = (Object[])
                db.createNativeQuery("""
                        SELECT coalesce(sum(hours) FILTER (WHERE hours_approved_at IS NOT NULL), 0),
                               coalesce(sum(hours) FILTER (WHERE hours_approved_at IS NULL), 0),
                               count(*) FILTER (WHERE attendance = 'ATTENDED')
                        FROM signups WHERE person_id = ?1 AND attendance = 'ATTENDED'
                        """).setParameter(1, people.me().id()).getSingleResult();
        Contributions.Totals everyday = contributions.totalsOf(people.me().id());
        return new HoursView(
                (BigDecimal) row[0],
                (BigDecimal) row[1],
                ((Number) row[2]).intValue(),
                everyday.count(),
                everyday.hours());
    }

    private Shift managedShift(UUID shiftId) {
        Shift shift = db.find(Shift.class, shiftId);
        if (shift == null) {
            throw ProblemException.notFound("shift", shiftId);
        }
        ServiceRef service = signups.serviceOf(shift);
        opportunities.visible(shift.opportunityId);
        permissions.requireCanManage(service);
        return shift;
    }

    private void record(PersonRef actor, String action, Signup signup, Shift shift, String summary) {
        audit.record(new AuditLog.Change(
                actor.id(),
                identity.subject(),
                action,
                "signup",
                signup.id,
                signups.serviceOf(shift).organisationId(),
                summary));
    }
}
