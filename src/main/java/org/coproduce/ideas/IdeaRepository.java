package org.coproduce.ideas;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;

/** Reads and writes ideas; lists are keyset-paged along the index of the chosen order. */
@ApplicationScoped
public class IdeaRepository implements PanacheRepositoryBase<Idea, UUID> {

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("^\\d{1,10}$");
    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?[+-]\\d\\d(:\\d\\d)?$");

    /** A page of ideas and the cursor for the next, if any. */
    public record Slice(List<Idea> ideas, String nextCursor) {}

    public Slice page(IdeaFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        IdeaSort sort = filter.sort();
        StringBuilder sql = new StringBuilder("SELECT i.id, CAST(" + sort.key + " AS text) FROM ideas i WHERE TRUE");
        if (!filter.includeHidden()) {
            sql.append(" AND i.hidden_at IS NULL");
        }
        if (filter.serviceIds() != null) {
            sql.append(" AND i.service_id IN (:services)");
            parameters.put("services", filter.serviceIds().isEmpty() ? List.of(new UUID(0, 0)) : filter.serviceIds());
        }
        if (filter.challengeId() != null) {
            sql.append(" AND i.challenge_id = :challenge");
            parameters.put("challenge", filter.challengeId());
        }
        sql.append(" AND i.status IN (:statuses)");
        parameters.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        if (filter.authorId() != null) {
            sql.append(" AND (i.author_id = :author OR i.id IN (SELECT c.idea_id FROM idea_coauthors c"
                    + " WHERE c.person_id = :author AND c.accepted_at IS NOT NULL))");
            parameters.put("author", filter.authorId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            sql.append(" AND i.tags @> ARRAY[CAST(:tag AS text)]");
            parameters.put("tag", filter.tag());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" AND i.search @@ websearch_to_tsquery('english', :q)");
            parameters.put("q", filter.q());
        }
        if (filter.box() != null) {
            sql.append(" AND i.latitude BETWEEN :south AND :north AND i.longitude BETWEEN :west AND :east");
            parameters.put("south", filter.box().south());
            parameters.put("north", filter.box().north());
            parameters.put("west", filter.box().west());
            parameters.put("east", filter.box().east());
        }
        if (sort == IdeaSort.RECENTLY_ANSWERED) {
            sql.append(" AND i.answered_at IS NOT NULL");
        }
        if (filter.cursor() != null) {
            List<String> after = Cursors.decode(filter.cursor(), 2);
            String keyType = sort == IdeaSort.MOST_SUPPORTED ? "integer" : "timestamptz";
            sql.append(" AND (")
                    .append(sort.key)
                    .append(", i.id) ")
                    .append(sort.after)
                    .append(" (CAST(:afterKey AS ")
                    .append(keyType)
                    .append("), :afterId)");
            parameters.put("afterKey", sortKey(sort, after.get(0)));
            parameters.put("afterId", uuid(after.get(1)));
        }
        sql.append(" ORDER BY ").append(sort.orderBy).append(" LIMIT ").append(filter.limit() + 1);

        Query query = getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        KeysetPage<Object[]> page =
                KeysetPage.of(rows, filter.limit(), row -> List.of((String) row[1], row[0].toString()));
        return new Slice(load(page.rows().stream().map(row -> (UUID) row[0]).toList()), page.nextCursor());
    }

    /** The current support count, read after a support was added or withdrawn. */
    public int supportCount(UUID ideaId) {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT support_count FROM ideas WHERE id = ?1")
                        .setParameter(1, ideaId)
                        .getSingleResult())
                .intValue();
    }

    private List<Idea> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Native and array-bound: Hibernate translates an "in" list of a new length afresh every time.
        @SuppressWarnings("unchecked")
        List<Idea> found = getEntityManager()
                .createNativeQuery("SELECT * FROM ideas WHERE id = ANY(?1)", Idea.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Idea> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<Idea> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** The key as PostgreSQL printed it; checked so that a forged cursor is a 400, not a cast error. */
    private static String sortKey(IdeaSort sort, String value) {
        java.util.regex.Pattern shape = sort == IdeaSort.MOST_SUPPORTED ? COUNT : TIMESTAMP;
        if (!shape.matcher(value).matches()) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
        return value;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
