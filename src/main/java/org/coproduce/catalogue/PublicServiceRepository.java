package org.coproduce.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;

/** Reads and writes services; lists are keyset-paged over the partial indexes of live services. */
@ApplicationScoped
public class PublicServiceRepository implements PanacheRepositoryBase<PublicService, UUID> {

    /** A page of live services and the cursor for the next, if any. */
    public record Slice(List<PublicService> services, String nextCursor) {}

    public Optional<PublicService> findLive(String idOrSlug) {
        return Ids.parse(idOrSlug)
                .flatMap(this::findByIdOptional)
                .or(() -> find("slug", idOrSlug).firstResultOptional())
                .filter(service -> !service.isArchived());
    }

    public boolean slugTaken(String slug, UUID exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId) > 0;
    }

    public List<String> areas() {
        return getEntityManager()
                .createQuery(
                        "select distinct s.areaServed from PublicService s where s.archivedAt is null order by 1",
                        String.class)
                .getResultList();
    }

    /**
     * Without {@code q}, services in name order; with it, ranked by full-text relevance. The first
     * query finds the page's ids and sort keys, the second loads those rows.
     */
    public Slice page(ServiceFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String sortKey = filter.isSearch() ? "ts_rank(s.search, websearch_to_tsquery('english', :q))" : "s.name";
        StringBuilder sql = new StringBuilder("SELECT s.id, " + sortKey + " AS sort_key FROM services s")
                .append(" WHERE s.archived_at IS NULL");
        if (filter.isSearch()) {
            sql.append(" AND s.search @@ websearch_to_tsquery('english', :q)");
            parameters.put("q", filter.q());
        }
        if (filter.organisationId() != null) {
            sql.append(" AND s.organisation_id = :organisation");
            parameters.put("organisation", filter.organisationId());
        }
        if (filter.category() != null) {
            sql.append(" AND s.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.area() != null && !filter.area().isBlank()) {
            sql.append(" AND lower(s.area_served) = lower(:area)");
            parameters.put("area", filter.area());
        }
        if (filter.cursor() != null) {
            List<String> after = Cursors.decode(filter.cursor(), 2);
            parameters.put("afterKey", filter.isSearch() ? rank(after.get(0)) : after.get(0));
            parameters.put("afterId", parseId(after.get(1)));
            sql.append(
                    filter.isSearch()
                            ? " AND (" + sortKey + " < :afterKey OR (" + sortKey + " = :afterKey AND s.id > :afterId))"
                            : " AND (s.name, s.id) > (:afterKey, :afterId)");
        }
        sql.append(filter.isSearch() ? " ORDER BY sort_key DESC, s.id" : " ORDER BY s.name, s.id");
        sql.append(" LIMIT ").append(filter.limit() + 1);

        Query query = getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        KeysetPage<Object[]> page =
                KeysetPage.of(rows, filter.limit(), row -> List.of(String.valueOf(row[1]), row[0].toString()));
        return new Slice(load(page.rows().stream().map(row -> (UUID) row[0]).toList()), page.nextCursor());
    }

    private List<PublicService> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, PublicService> byId =
                list("id in ?1", ids).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<PublicService> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** The rank of the last row, as PostgreSQL's real; a forged cursor is a 400, never a SQL error. */
    private static float rank(String value) {
        try {
            return Float.parseFloat(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }

    private static UUID parseId(String value) {
        return Ids.parse(value)
                .orElseThrow(() -> ProblemException.invalidField("cursor", "is not a cursor this list gave out"));
    }
}
