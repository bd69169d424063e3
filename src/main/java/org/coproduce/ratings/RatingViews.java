package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.security.CurrentIdentity;

/**
 * Ratings as callers see them, a page at a time: replies, changes and names are loaded in one
 * query each, never one per rating. Hidden words are shown only to their author and to staff.
 */
@ApplicationScoped
class RatingViews {
    private final EntityManager db;
    private final People people;
    private final CurrentIdentity identity;
    private final CataloguePermissions permissions;
    private final RatingSettings settings;

    RatingViews(
            EntityManager db,
            People people,
            CurrentIdentity identity,
            CataloguePermissions permissions,
            RatingSettings settings) {
        this.db = db;
        this.people = people;
        this.identity = identity;
        this.permissions = permissions;
        this.settings = settings;
    }

    RatingView of(Rating rating, ServiceRef service) {
        return of(List.of(rating), Map.of(service.id(), service)).get(0);
    }

    List<RatingView> of(List<Rating> ratings, Map<UUID, ServiceRef> services) {
        if (ratings.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = ratings.stream().map(r -> r.id).toList();
        Map<UUID, Reply> replies = byRating(Reply.class, ids, r -> r.ratingId);
        Map<UUID, Change> changes = byRating(Change.class, ids, c -> c.ratingId);
        Set<UUID> personIds = new HashSet<>();
        ratings.stream().map(r -> r.personId).filter(java.util.Objects::nonNull).forEach(personIds::add);
        replies.values().forEach(r -> personIds.add(r.authorId));
        Map<UUID, PersonRef> names = people.findByIds(personIds);
        UUID me = me().orElse(null);
        return ratings.stream()
                .map(r -> view(r, services.get(r.serviceId), replies.get(r.id), changes.get(r.id), names, me))
                .toList();
    }

    private RatingView view(
            Rating rating, ServiceRef service, Reply reply, Change change, Map<UUID, PersonRef> names, UUID me) {
        boolean yours = me != null && me.equals(rating.personId);
        boolean mayReadHidden = yours || service != null && canAnswerFor(service);
        PersonRef reviewer = rating.personId == null ? null : names.get(rating.personId);
        return new RatingView(
                rating.id,
                rating.serviceId,
                rating.overall,
                rating.access,
                rating.timeliness,
                rating.courtesy,
                rating.outcome,
                rating.isHidden() && !mayReadHidden ? null : rating.review,
                rating.usedIn == null ? null : YearMonth.from(rating.usedIn).toString(),
                rating.ratedAt,
                rating.updatedAt,
                reviewer == null ? null : reviewer.displayName(),
                rating.source,
                rating.isHidden(),
                reply == null ? null : replyView(reply, names.get(reply.authorId)),
                change == null ? null : changeView(change, rating, service, reply, yours),
                yours,
                rating.personId == null ? null : rating.ratedAt.plus(settings.window()),
                rating.version);
    }

    static ReplyView replyView(Reply reply, PersonRef author) {
        return new ReplyView(
                reply.id,
                reply.body,
                author == null ? null : author.displayName(),
                reply.createdAt,
                reply.updatedAt,
                reply.version);
    }

    static ChangeView changeView(Change change, Rating rating, ServiceRef service, Reply reply, boolean yours) {
        return new ChangeView(
                change.id,
                change.ratingId,
                service,
                rating.isHidden() ? null : rating.review,
                rating.overall,
                reply == null ? null : reply.body,
                change.what,
                change.expectedBy,
                change.committedAt,
                change.status(),
                change.doneAt,
                change.askedAt,
                change.answer == null
                        ? null
                        : new ChangeView.Confirmation(change.answer, change.answerComment, change.answeredAt),
                yours,
                change.version);
    }

    boolean canAnswerFor(ServiceRef service) {
        return identity.isPerson() && permissions.canManageServicesOf(service.organisationId());
    }

    Optional<UUID> me() {
        return identity.isPerson() ? people.meIfSignedIn().map(PersonRef::id) : Optional.empty();
    }

    <T> Map<UUID, T> byRating(Class<T> type, Collection<UUID> ratingIds, Function<T, UUID> ratingId) {
        if (ratingIds.isEmpty()) {
            return Map.of();
        }
        return db.createQuery("from " + type.getSimpleName() + " where ratingId in :ids", type)
                .setParameter("ids", List.copyOf(ratingIds))
                .getResultStream()
                .collect(Collectors.toMap(ratingId, Function.identity()));
    }
}
