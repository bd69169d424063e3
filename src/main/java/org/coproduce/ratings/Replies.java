package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;

/**
 * Staff replies to reviews: one per review (the review's row lock and the unique rating id make a
 * second one a 409, however close together they arrive), editable later, optionally committing to
 * a change. The reviewer is told.
 */
@ApplicationScoped
public class Replies {
    private final EntityManager db;
    private final People people;
    private final PublicServices services;
    private final RatingViews views;
    private final Notifications notifications;
    private final AuditLog audit;
    private final CurrentIdentity identity;
    private final Clock clock;

    Replies(
            EntityManager db,
            People people,
            PublicServices services,
            RatingViews views,
            Notifications notifications,
            AuditLog audit,
            CurrentIdentity identity,
            Clock clock) {
        this.db = db;
        this.people = people;
        this.services = services;
        this.views = views;
        this.notifications = notifications;
        this.audit = audit;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public RatingView reply(UUID ratingId, ReplyInput input) {
        Rating rating = lockedReview(ratingId);
        ServiceRef service = answerableService(rating);
        if (!views.byRating(Reply.class, List.of(ratingId), r -> r.ratingId).isEmpty()) {
            throw ProblemException.conflict(
                    "This review already has a reply; change that reply instead (PUT with If-Match).");
        }
        PersonRef me = people.me();
        Instant now = clock.instant();
        Reply reply = new Reply();
        reply.id = UUID.randomUUID();
        reply.ratingId = ratingId;
        reply.authorId = me.id();
        reply.body = input.body().strip();
        reply.createdAt = now;
        reply.updatedAt = now;
        db.persist(reply);
        if (input.change() != null) {
            commit(rating, input.change(), now);
        }
        record(
                me,
                "review.replied",
                rating,
                service,
                "Replied to a review of " + service.name()
                        + (input.change() == null ? "" : ", committing to a change"));
        if (rating.personId != null) {
            notifications.notify(
                    List.of(rating.personId),
                    new Notifications.Message(
                            NotificationKind.REVIEW_REPLIED,
                            rating.id,
                            service.name() + " replied to your review",
                            input.change() == null
                                    ? reply.body
                                    : "They are making a change: "
                                            + input.change().what().strip(),
                            "/services/" + service.slug() + "/reviews#review-" + rating.id));
        }
        db.flush();
        return views.of(rating, service);
    }

    @Transactional
    public RatingView edit(UUID ratingId, String ifMatch, ReplyInput input) {
        Rating rating = lockedReview(ratingId);
        ServiceRef service = answerableService(rating);
        Reply reply =
                views.byRating(Reply.class, List.of(ratingId), r -> r.ratingId).get(ratingId);
        if (reply == null) {
            throw ProblemException.notFound("reply to rating", ratingId);
        }
        ETags.requireMatch(ifMatch, reply.version);
        Instant now = clock.instant();
        reply.body = input.body().strip();
        reply.updatedAt = now;
        Change change =
                views.byRating(Change.class, List.of(ratingId), c -> c.ratingId).get(ratingId);
        if (input.change() != null) {
            if (change == null) {
                commit(rating, input.change(), now);
            } else if (change.doneAt == null) {
                change.what = input.change().what().strip();
                change.expectedBy = input.change().expectedBy();
            } else if (!change.what.equals(input.change().what().strip())
                    || !change.expectedBy.equals(input.change().expectedBy())) {
                throw ProblemException.conflict(
                        "This change is marked done; what was promised can no longer be changed.");
            }
        } else if (change != null) {
            throw ProblemException.conflict(
                    "This reply committed to a change; keep the change in the reply (a commitment cannot be withdrawn).");
        }
        record(
                people.me(),
                "review.reply-edited",
                rating,
                service,
                "Edited the reply to a review of " + service.name());
        db.flush();
        return views.of(rating, service);
    }

    private void commit(Rating rating, ReplyInput.ChangeInput input, Instant now) {
        Change change = new Change();
        change.id = UUID.randomUUID();
        change.ratingId = rating.id;
        change.serviceId = rating.serviceId;
        change.what = input.what().strip();
        change.expectedBy = input.expectedBy();
        change.committedAt = now;
        db.persist(change);
    }

    /** The review, locked, so that two replies at once queue and the second sees the first. */
    private Rating lockedReview(UUID ratingId) {
        Rating rating = db.find(Rating.class, ratingId, LockModeType.PESSIMISTIC_WRITE);
        if (rating == null) {
            throw ProblemException.notFound("rating", ratingId);
        }
        return rating;
    }

    private ServiceRef answerableService(Rating rating) {
        ServiceRef service = services.refs(List.of(rating.serviceId)).get(rating.serviceId);
        if (service == null) {
            throw ProblemException.notFound("rating", rating.id);
        }
        if (!views.canAnswerFor(service)) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can reply to its reviews.");
        }
        if (!rating.isReview()) {
            throw ProblemException.conflict("Only reviews (ratings with words) get replies; this rating has none.");
        }
        if (rating.isHidden()) {
            throw ProblemException.conflict("Moderators hid this review; restore it before replying.");
        }
        return service;
    }

    private void record(PersonRef me, String action, Rating rating, ServiceRef service, String summary) {
        audit.record(new AuditLog.Change(
                me.id(), identity.subject(), action, "rating", rating.id, service.organisationId(), summary));
    }
}
