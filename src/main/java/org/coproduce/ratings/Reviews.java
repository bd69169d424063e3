package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;

/**
 * Reading ratings: a service's public reviews in three orders (each keyset-paged on its own
 * partial index), one rating, and the reviews staff have yet to reply to.
 */
@ApplicationScoped
public class Reviews {
    private final EntityManager db;
    private final PublicServices services;
    private final RatingViews views;
    private final People people;
    private final CurrentIdentity identity;
    private final StaffDirectory staff;

    Reviews(
            EntityManager db,
            PublicServices services,
            RatingViews views,
            People people,
            CurrentIdentity identity,
            StaffDirectory staff) {
        this.db = db;
        this.services = services;
        this.views = views;
        this.people = people;
        this.identity = identity;
        this.staff = staff;
    }

    /**
     * @param replied true: only reviews with a reply; false: only those without; null: all
     */
    @Transactional
    public RatingPage page(String serviceIdOrSlug, ReviewSort sort, Boolean replied, String cursor, int limit) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        StringBuilder sql = new StringBuilder(
                "SELECT r.* FROM ratings r WHERE r.service_id = :service AND r.review IS NOT NULL AND r.hidden_at IS NULL");
        if (replied != null) {
            sql.append(replied ? " AND" : " AND NOT")
                    .append(" EXISTS (SELECT 1 FROM rating_replies p WHERE p.rating_id = r.id)");
        }
        List<String> after = cursor == null ? null : Cursors.decode(cursor, sort == ReviewSort.NEWEST ? 2 : 3);
        if (after != null) {
            sql.append(
                    switch (sort) {
                        case NEWEST -> " AND (r.rated_at, r.id) < (:at, :id)";
                        case LOWEST ->
                            " AND (r.overall > :score OR r.overall = :score AND (r.rated_at, r.id) < (:at, :id))";
                        case HIGHEST ->
                            " AND (r.overall < :score OR r.overall = :score AND (r.rated_at, r.id) < (:at, :id))";
                    });
        }
        sql.append(
                switch (sort) {
                    case NEWEST -> " ORDER BY r.rated_at DESC, r.id DESC";
                    case LOWEST -> " ORDER BY r.overall, r.rated_at DESC, r.id DESC";
                    case HIGHEST -> " ORDER BY r.overall DESC, r.rated_at DESC, r.id DESC";
                });
        Query query = db.createNativeQuery(sql.toString(), Rating.class)
                .setParameter("service", service.id())
                .setMaxResults(limit + 1);
        if (after != null) {
            bindCursor(query, sort, after);
        }
        @SuppressWarnings("unchecked")
        List<Rating> rows = query.getResultList();
        KeysetPage<Rating> page = KeysetPage.of(
                rows,
                limit,
                r -> sort == ReviewSort.NEWEST
                        ? List.of(r.ratedAt.toString(), r.id.toString())
                        : List.of(Integer.toString(r.overall), r.ratedAt.toString(), r.id.toString()));
        return new RatingPage(views.of(page.rows(), Map.of(service.id(), service)), page.nextCursor());
    }

    private static void bindCursor(Query query, ReviewSort sort, List<String> after) {
        try {
            int at = 0;
            if (sort != ReviewSort.NEWEST) {
                query.setParameter("score", Integer.parseInt(after.get(at++)));
            }
            query.setParameter("at", Instant.parse(after.get(at++))).setParameter("id", UUID.fromString(after.get(at)));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }

    /** One rating: public when it is a visible review; otherwise only for its author and staff. */
    @Transactional
    public RatingView get(UUID id) {
        Rating rating = db.find(Rating.class, id);
        ServiceRef service =
                rating == null ? null : services.refs(List.of(rating.serviceId)).get(rating.serviceId);
        if (service == null) {
            throw ProblemException.notFound("rating", id);
        }
        RatingView view = views.of(rating, service);
        if (!rating.isPublicReview() && !view.yours() && !views.canAnswerFor(service)) {
            throw ProblemException.notFound("rating", id);
        }
        return view;
    }

    /** Reviews without a reply on the caller's organisations' services (all for an admin), oldest first. */
    @Transactional
    public RatingPage awaitingReply(String cursor, int limit) {
        List<UUID> serviceIds = identity.isAdmin()
                ? null
                : services.idsRunBy(staff.organisationsOf(people.me().id()).stream()
                        .map(StaffDirectory.OrganisationRef::id)
                        .toList());
        if (serviceIds != null && serviceIds.isEmpty()) {
            return new RatingPage(List.of(), null);
        }
        StringBuilder sql =
                new StringBuilder("SELECT r.* FROM ratings r WHERE r.review IS NOT NULL AND r.hidden_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM rating_replies p WHERE p.rating_id = r.id)");
        if (serviceIds != null) {
            sql.append(" AND r.service_id IN (:services)");
        }
        if (cursor != null) {
            sql.append(" AND (r.rated_at, r.id) > (:at, :id)");
        }
        Query query = db.createNativeQuery(
                        sql.append(" ORDER BY r.rated_at, r.id").toString(), Rating.class)
                .setMaxResults(limit + 1);
        if (serviceIds != null) {
            query.setParameter("services", serviceIds);
        }
        if (cursor != null) {
            Cursors.InstantAndId after = Cursors.instantAndId(cursor);
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Rating> rows = query.getResultList();
        KeysetPage<Rating> page = KeysetPage.of(rows, limit, r -> List.of(r.ratedAt.toString(), r.id.toString()));
        Map<UUID, ServiceRef> refs =
                services.refs(page.rows().stream().map(r -> r.serviceId).collect(Collectors.toSet()));
        return new RatingPage(views.of(page.rows(), refs), page.nextCursor());
    }
}
