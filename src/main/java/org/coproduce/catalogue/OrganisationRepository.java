package org.coproduce.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes organisations. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public Optional<Organisation> findByIdOrSlug(String idOrSlug) {
        return Ids.parse(idOrSlug)
                .flatMap(this::findByIdOptional)
                .or(() -> find("slug", idOrSlug).firstResultOptional());
    }

    public boolean slugTaken(String slug, UUID exceptId) {
        return count("slug = :slug and id <> :id", Parameters.with("slug", slug).and("id", exceptId)) > 0;
    }

    /** A page in name order, starting after the given name and id (keyset, never OFFSET). */
    public List<Organisation> pageByName(String afterName, UUID afterId, int limit) {
        if (afterName == null) {
            return find("order by name, id").page(0, limit).list();
        }
        return find(
                        "(name > :name or (name = :name and id > :id)) order by name, id",
                        Parameters.with("name", afterName).and("id", afterId))
                .page(0, limit)
                .list();
    }

    public Map<UUID, Organisation> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }
}
