package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.moderation.ModeratedContent;
import org.coproduce.shared.moderation.ModeratedItem;

/** Ideas and comments as moderators see them. */
@ApplicationScoped
class IdeaContent implements ModeratedContent {
    private final EntityManager db;

    IdeaContent(EntityManager db) {
        this.db = db;
    }

    @Override
    public Set<String> types() {
        return Set.of("idea", "comment");
    }

    @Override
    public Map<UUID, ModeratedItem> find(String type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (type.equals("idea")) {
            return byId(Idea.class, ids, i -> i.id).values().stream()
                    .collect(Collectors.toMap(i -> i.id, IdeaContent::item));
        }
        Map<UUID, Comment> comments = byId(Comment.class, ids, c -> c.id);
        Map<UUID, Idea> ideas =
                byId(Idea.class, comments.values().stream().map(c -> c.ideaId).collect(Collectors.toSet()), i -> i.id);
        return comments.values().stream().collect(Collectors.toMap(c -> c.id, c -> item(c, ideas.get(c.ideaId))));
    }

    @Override
    public void setHidden(String type, UUID id, Instant hiddenAt, String reason) {
        if (type.equals("idea")) {
            Idea idea = db.find(Idea.class, id);
            idea.hiddenAt = hiddenAt;
            idea.hiddenReason = hiddenAt == null ? null : reason;
        } else {
            Comment comment = db.find(Comment.class, id);
            comment.hiddenAt = hiddenAt;
            comment.hiddenReason = hiddenAt == null ? null : reason;
        }
    }

    private static ModeratedItem item(Idea idea) {
        boolean reportable = !idea.isHidden() && idea.status != IdeaStatus.WITHDRAWN;
        return new ModeratedItem(
                "idea",
                idea.id,
                idea.serviceId,
                idea.title + ": " + idea.body,
                idea.isHidden(),
                reportable,
                "/ideas/" + idea.id,
                idea.id);
    }

    private static ModeratedItem item(Comment comment, Idea idea) {
        if (idea == null) {
            throw ProblemException.notFound("comment", comment.id);
        }
        boolean reportable =
                comment.hiddenAt == null && !comment.isDeleted() && item(idea).reportable();
        return new ModeratedItem(
                "comment",
                comment.id,
                idea.serviceId,
                comment.body == null ? "" : comment.body,
                comment.hiddenAt != null,
                reportable,
                "/ideas/" + idea.id + "#comment-" + comment.id,
                idea.id);
    }

    private <T> Map<UUID, T> byId(Class<T> type, Collection<UUID> ids, Function<T, UUID> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.createQuery("from " + type.getSimpleName() + " where id in :ids", type)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }
}
