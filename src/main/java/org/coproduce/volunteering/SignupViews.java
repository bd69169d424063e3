package org.coproduce.volunteering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;

/** Turns sign-ups into views with their shift, person and waitlist position, a query each (no N+1). */
@ApplicationScoped
class SignupViews {
    private final EntityManager db;
    private final People people;

    SignupViews(EntityManager db, People people) {
        this.db = db;
        this.people = people;
    }

    List<SignupView> of(List<Signup> signups, boolean withEmail) {
        if (signups.isEmpty()) {
            return List.of();
        }
        List<UUID> shiftIds = signups.stream().map(s -> s.shiftId).distinct().toList();
        Map<UUID, Shift> shifts = new HashMap<>();
        db.createQuery("from Shift where id in :ids", Shift.class)
                .setParameter("ids", shiftIds)
                .getResultList()
                .forEach(s -> shifts.put(s.id, s));
        Map<UUID, Opportunity> opportunities = new HashMap<>();
        db.createQuery("from Opportunity where id in :ids", Opportunity.class)
                .setParameter(
                        "ids",
                        shifts.values().stream()
                                .map(s -> s.opportunityId)
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(o -> opportunities.put(o.id, o));
        Map<UUID, PersonRef> persons = people.findByIds(
                signups.stream().map(s -> s.personId).distinct().toList());
        Map<UUID, Integer> positions = positions(signups);
        return signups.stream()
                .map(signup -> {
                    Shift shift = shifts.get(signup.shiftId);
                    Opportunity opportunity = opportunities.get(shift.opportunityId);
                    PersonRef person = persons.get(signup.personId);
                    return new SignupView(
                            signup.id,
                            new SignupView.ShiftSummary(
                                    shift.id,
                                    opportunity.id,
                                    opportunity.title,
                                    opportunity.placeName,
                                    shift.startsAt,
                                    shift.endsAt),
                            new SignupView.Volunteer(
                                    signup.personId,
                                    person == null ? "Former participant" : person.displayName(),
                                    withEmail && person != null ? person.email() : null),
                            signup.status,
                            positions.get(signup.id),
                            signup.attendance,
                            signup.hours,
                            signup.hoursApprovedAt != null,
                            signup.checkedInAt,
                            signup.createdAt,
                            signup.version);
                })
                .toList();
    }

    /** A new sign-up's view from what the caller already holds: no queries while the shift is locked. */
    SignupView of(Signup signup, Shift shift, Opportunity opportunity, PersonRef person, Integer position) {
        return new SignupView(
                signup.id,
                new SignupView.ShiftSummary(
                        shift.id,
                        opportunity.id,
                        opportunity.title,
                        opportunity.placeName,
                        shift.startsAt,
                        shift.endsAt),
                new SignupView.Volunteer(person.id(), person.displayName(), null),
                signup.status,
                position,
                signup.attendance,
                signup.hours,
                false,
                signup.checkedInAt,
                signup.createdAt,
                signup.version);
    }

    SignupView of(Signup signup, boolean withEmail) {
        return of(List.of(signup), withEmail).get(0);
    }

    /** Waitlist positions: the rank in (queued_at, id) order, so 1..n with no gaps or repeats. */
    private Map<UUID, Integer> positions(List<Signup> signups) {
        List<Signup> waiting = signups.stream()
                .filter(s -> s.status == SignupStatus.WAITLISTED)
                .toList();
        Map<UUID, Integer> positions = new HashMap<>();
        if (waiting.isEmpty()) {
            return positions;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        SELECT id, position FROM (
                            SELECT id, row_number() OVER (PARTITION BY shift_id ORDER BY queued_at, id) AS position
                            FROM signups WHERE status = 'WAITLISTED' AND shift_id = ANY(CAST(?1 AS uuid[]))
                        ) queue WHERE id = ANY(CAST(?2 AS uuid[]))
                        """)
                .setParameter(1, waiting.stream().map(s -> s.shiftId).distinct().toArray(UUID[]::new))
                .setParameter(2, waiting.stream().map(s -> s.id).toArray(UUID[]::new))
                .getResultList();
        rows.forEach(row -> positions.put((UUID) row[0], ((Number) row[1]).intValue()));
        return positions;
    }
}
