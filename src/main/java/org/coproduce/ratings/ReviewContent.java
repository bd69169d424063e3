package org.coproduce.ratings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.moderation.ModeratedContent;
import org.coproduce.shared.moderation.ModeratedItem;

/**
 * Reviews as moderators see them: reported and hidden through the same mechanism as ideas. Hiding
 * a review hides its words; its scores still count in the summary, which stays exact.
 */
@ApplicationScoped
class ReviewContent implements ModeratedContent {
    private final EntityManager db;
    private final PublicServices services;

    ReviewContent(EntityManager db, PublicServices services) {
        this.db = db;
        this.services = services;
    }

    @Override
    public Set<String> types() {
        return Set.of("review");
    }

    @Override
    public Map<UUID, ModeratedItem> find(String type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Rating> reviews = db.createQuery("from Rating where id in :ids and review is not null", Rating.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        Map<UUID, ServiceRef> owners =
                services.refs(reviews.stream().map(r -> r.serviceId).collect(Collectors.toSet()));
        return reviews.stream()
                .filter(r -> owners.containsKey(r.serviceId))
                .collect(Collectors.toMap(
                        r -> r.id,
                        r -> new ModeratedItem(
                                "review",
                                r.id,
                                r.serviceId,
                                r.review,
                                r.isHidden(),
                                !r.isHidden(),
                                "/services/" + owners.get(r.serviceId).slug() + "/reviews#review-" + r.id,
                                null)));
    }

    @Override
    public void setHidden(String type, UUID id, Instant hiddenAt, String reason) {
        Rating rating = db.find(Rating.class, id);
        rating.hiddenAt = hiddenAt;
        rating.hiddenReason = hiddenAt == null ? null : reason;
    }
}
