package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.time.InstanceTime;

/**
 * "You said, we did": changes promised in replies to reviews. Staff mark a change done; then, or
 * when its date comes, the reviewer is asked once whether it happened, and their answer is public.
 */
@ApplicationScoped
public class Changes {
    private final EntityManager db;
    private final PublicServices services;
    private final RatingViews views;
    private final People people;
    private final Notifications notifications;
    private final AuditLog audit;
    private final CurrentIdentity identity;
    private final AssessmentEvents events;
    private final InstanceTime time;
    private final Clock clock;

    Changes(
            EntityManager db,
            PublicServices services,
            RatingViews views,
            People people,
            Notifications notifications,
            AuditLog audit,
            CurrentIdentity identity,
            AssessmentEvents events,
            InstanceTime time,
            Clock clock) {
        this.db = db;
        this.services = services;
        this.views = views;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.identity = identity;
        this.events = events;
        this.time = time;
        this.clock = clock;
    }

    /** Changes newest first, for one service or all, optionally only committed or only done. */
    @Transactional
    public ChangePage page(String serviceIdOrSlug, ChangeStatus status, String cursor, int limit) {
        UUID serviceId =
                serviceIdOrSlug == null ? null : services.ref(serviceIdOrSlug).id();
        StringBuilder sql = new StringBuilder("SELECT c.* FROM rating_changes c WHERE true");
        if (serviceId != null) {
            sql.append(" AND c.service_id = :service");
        }
        if (status != null) {
            sql.append(status == ChangeStatus.DONE ? " AND c.done_at IS NOT NULL" : " AND c.done_at IS NULL");
        }
        if (cursor != null) {
            sql.append(" AND (c.committed_at, c.id) < (:at, :id)");
        }
        Query query = db.createNativeQuery(
                        sql.append(" ORDER BY c.committed_at DESC, c.id DESC").toString(), Change.class)
                .setMaxResults(limit + 1);
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        if (cursor != null) {
            Cursors.InstantAndId after = Cursors.instantAndId(cursor);
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Change> rows = query.getResultList();
        KeysetPage<Change> page = KeysetPage.of(rows, limit, c -> List.of(c.committedAt.toString(), c.id.toString()));
        return new ChangePage(viewsOf(page.rows()), page.nextCursor());
    }

    @Transactional
    public ChangeView get(UUID id) {
        Change change = db.find(Change.class, id);
        if (change == null) {
            throw ProblemException.notFound("change", id);
        }
        List<ChangeView> found = viewsOf(List.of(change));
        if (found.isEmpty()) {
            throw ProblemException.notFound("change", id);
        }
        return found.get(0);
    }

    /** Staff say the change is done; the reviewer is asked now unless the date already asked them. */
    @Transactional
    public ChangeView markDone(UUID id, String ifMatch) {
        Change change = db.find(Change.class, id, LockModeType.PESSIMISTIC_WRITE);
        ServiceRef service =
                change == null ? null : services.refs(List.of(change.serviceId)).get(change.serviceId);
        if (service == null) {
            throw ProblemException.notFound("change", id);
        }
        if (!views.canAnswerFor(service)) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can mark its changes done.");
        }
        ETags.requireMatch(ifMatch, change.version);
        if (change.doneAt != null) {
            throw ProblemException.conflict(
                    "This change was already marked done on " + time.describe(change.doneAt) + ".");
        }
        Instant now = clock.instant();
        change.doneAt = now;
        if (change.askedAt == null) {
            ask(change, service, now);
        }
        audit.record(new AuditLog.Change(
                people.me().id(),
                identity.subject(),
                "change.done",
                "change",
                change.id,
                service.organisationId(),
                "Marked done: " + change.what));
        db.flush();
        return get(id);
    }

    /** The reviewer answers (and may change their answer); nobody else can. */
    @Transactional
    public ChangeView confirm(UUID id, ConfirmationInput input) {
        Change change = db.find(Change.class, id, LockModeType.PESSIMISTIC_WRITE);
        Rating rating = change == null ? null : db.find(Rating.class, change.ratingId);
        if (rating == null) {
            throw ProblemException.notFound("change", id);
        }
        if (rating.personId == null || !rating.personId.equals(people.me().id())) {
            throw ProblemException.forbidden(
                    "Only the person whose review led to this change can say whether it happened.");
        }
        if (change.askedAt == null) {
            throw ProblemException.conflict("This change is not done yet; you will be asked once it is (by "
                    + change.expectedBy + " at the latest).");
        }
        change.answer = input.answer();
        change.answerComment = input.comment() == null || input.comment().isBlank()
                ? null
                : input.comment().strip();
        change.answeredAt = clock.instant();
        db.flush();
        events.confirmed(change, services.ref(change.serviceId.toString()));
        return get(id);
    }

    /**
     * Asks the reviewers of changes whose date has come and who have not been asked. Rows are taken
     * FOR UPDATE SKIP LOCKED, so several instances never ask twice.
     */
    @Transactional
    public int askDue() {
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        @SuppressWarnings("unchecked")
        List<Change> due =
                db.createNativeQuery("""
                        SELECT * FROM rating_changes WHERE asked_at IS NULL AND expected_by <= ?1
                        ORDER BY expected_by LIMIT 500 FOR UPDATE SKIP LOCKED
                        """, Change.class).setParameter(1, today).getResultList();
        Map<UUID, ServiceRef> owners =
                services.refs(due.stream().map(c -> c.serviceId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        int asked = 0;
        for (Change change : due) {
            ServiceRef service = owners.get(change.serviceId);
            if (service != null) {
                ask(change, service, now);
                asked++;
            }
        }
        return asked;
    }

    private void ask(Change change, ServiceRef service, Instant now) {
        change.askedAt = now;
        Rating rating = db.find(Rating.class, change.ratingId);
        if (rating.personId == null) {
            return;
        }
        notifications.notify(
                List.of(rating.personId),
                new Notifications.Message(
                        NotificationKind.CHANGE_CONFIRMATION_REQUESTED,
                        change.id,
                        "Did this change to " + service.name() + " happen?",
                        "After your review, " + service.name() + " promised: " + change.what
                                + " Did this change happen? Did it make a difference?",
                        "/changes/" + change.id));
    }

    private List<ChangeView> viewsOf(List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Set<UUID> ratingIds = changes.stream().map(c -> c.ratingId).collect(Collectors.toSet());
        Map<UUID, Rating> ratings = db.createQuery("from Rating where id in :ids", Rating.class)
                .setParameter("ids", ratingIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, Reply> replies = views.byRating(Reply.class, ratingIds, r -> r.ratingId);
        Map<UUID, ServiceRef> owners =
                services.refs(changes.stream().map(c -> c.serviceId).collect(Collectors.toSet()));
        UUID me = views.me().orElse(null);
        return changes.stream()
                .filter(c -> owners.containsKey(c.serviceId))
                .map(c -> {
                    Rating rating = ratings.get(c.ratingId);
                    return RatingViews.changeView(
                            c,
                            rating,
                            owners.get(c.serviceId),
                            replies.get(c.ratingId),
                            me != null && me.equals(rating.personId));
                })
                .toList();
    }
}
