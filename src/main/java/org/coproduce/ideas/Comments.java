package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.NotificationKind;
import org.coproduce.accounts.Notifications;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.RateLimits;

/** Comments on ideas: one level of replies, editable for 15 minutes, deletable by their author. */
@ApplicationScoped
public class Comments {
    private final Ideas ideas;
    private final EntityManager db;
    private final People people;
    private final RateLimits rateLimits;
    private final Notifications notifications;
    private final Clock clock;

    Comments(
            Ideas ideas,
            EntityManager db,
            People people,
            RateLimits rateLimits,
            Notifications notifications,
            Clock clock) {
        this.ideas = ideas;
        this.db = db;
        this.people = people;
        this.rateLimits = rateLimits;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public CommentPage page(UUID ideaId, String cursor, int limit) {
        ideas.visible(ideaId); // 404 for ideas the caller may not see
        var query = db.createQuery(
                        cursor == null
                                ? "from Comment where ideaId = :idea and (hiddenAt is null or authorId = :me)"
                                        + " order by createdAt, id"
                                : "from Comment where ideaId = :idea and (hiddenAt is null or authorId = :me)"
                                        + " and (createdAt > :at or (createdAt = :at and id > :id)) order by createdAt, id",
                        Comment.class)
                .setParameter("idea", ideaId)
                .setParameter("me", people.meIfSignedIn().map(PersonRef::id).orElse(new UUID(0, 0)))
                .setMaxResults(limit + 1);
        if (cursor != null) {
            List<String> after = Cursors.decode(cursor, 2);
            try {
                query.setParameter("at", Instant.parse(after.get(0))).setParameter("id", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        List<Comment> rows = query.getResultList();
        KeysetPage<Comment> page = KeysetPage.of(rows, limit, c -> List.of(c.createdAt.toString(), c.id.toString()));
        Map<UUID, PersonRef> authors = people.findByIds(
                page.rows().stream().map(c -> c.authorId).distinct().toList());
        return new CommentPage(
                page.rows().stream().map(c -> view(c, authors.get(c.authorId))).toList(), page.nextCursor());
    }

    @Transactional
    public CommentView add(UUID ideaId, CommentInput input) {
        Idea idea = ideas.visible(ideaId);
        PersonRef me = people.me();
        rateLimits.hit(me.id().toString(), "comment");
        if (input.parentId() != null) {
            Comment parent = db.find(Comment.class, input.parentId());
            if (parent == null || !parent.ideaId.equals(ideaId) || parent.parentId != null) {
                throw ProblemException.invalidField("parentId", "must be a top-level comment on this idea");
            }
        }
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.ideaId = ideaId;
        comment.parentId = input.parentId();
        comment.authorId = me.id();
        comment.body = input.body().strip();
        comment.createdAt = clock.instant();
        db.persist(comment);
        db.flush();
        java.util.Set<UUID> authors = ideas.authorsOf(idea);
        authors.remove(me.id());
        if (!authors.isEmpty()) {
            notifications.notify(
                    authors,
                    new Notifications.Message(
                            NotificationKind.IDEA_COMMENTED,
                            ideaId,
                            idea.title,
                            me.displayName() + ": " + excerpt(comment.body),
                            "/ideas/" + ideaId));
        }
        return view(comment, me);
    }

    @Transactional
    public CommentView edit(UUID ideaId, UUID commentId, String ifMatch, CommentInput input) {
        Comment comment = own(ideaId, commentId);
        ETags.requireMatch(ifMatch, comment.version);
        comment.edit(input.body().strip(), clock.instant());
        db.flush();
        return view(comment, people.me());
    }

    @Transactional
    public void delete(UUID ideaId, UUID commentId, String ifMatch) {
        Comment comment = own(ideaId, commentId);
        ETags.requireMatch(ifMatch, comment.version);
        comment.delete(clock.instant());
    }

    private Comment own(UUID ideaId, UUID commentId) {
        ideas.visible(ideaId);
        Comment comment = db.find(Comment.class, commentId);
        if (comment == null || !comment.ideaId.equals(ideaId)) {
            throw ProblemException.notFound("comment", commentId);
        }
        if (!comment.authorId.equals(people.me().id())) {
            throw ProblemException.forbidden("Only the author of a comment can change it.");
        }
        return comment;
    }

    private static String excerpt(String text) {
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    private static CommentView view(Comment comment, PersonRef author) {
        return new CommentView(
                comment.id,
                comment.parentId,
                new IdeaView.PersonName(comment.authorId, author == null ? "Former participant" : author.displayName()),
                comment.body,
                comment.isDeleted(),
                comment.createdAt,
                comment.editedAt,
                comment.version,
                comment.hiddenAt != null);
    }
}
