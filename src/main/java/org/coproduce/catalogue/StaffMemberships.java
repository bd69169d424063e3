package org.coproduce.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.shared.security.StaffDirectory;

/** Which people are staff of which organisations; answers other features through StaffDirectory. */
@ApplicationScoped
public class StaffMemberships implements PanacheRepositoryBase<StaffMembership, StaffMembership.Key>, StaffDirectory {

    public boolean isMember(UUID organisationId, UUID personId) {
        return findByIdOptional(new StaffMembership.Key(organisationId, personId))
                .isPresent();
    }

    /** Adds the membership unless it exists; true when it was added. Safe when admins race. */
    public boolean addIfAbsent(UUID organisationId, UUID personId, java.time.Instant at) {
        return getEntityManager()
                        .createNativeQuery(
                                "INSERT INTO organisation_staff (organisation_id, person_id, added_at) VALUES (?1, ?2, ?3)"
                                        + " ON CONFLICT DO NOTHING")
                        .setParameter(1, organisationId)
                        .setParameter(2, personId)
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    public List<StaffMembership> ofOrganisation(UUID organisationId) {
        return list("key.organisationId = ?1 order by addedAt", organisationId);
    }

    @Override
    public List<OrganisationRef> organisationsOf(UUID personId) {
        return getEntityManager()
                .createQuery("""
                        select o.id, o.slug, o.name
                        from StaffMembership m, Organisation o
                        where m.key.organisationId = o.id and m.key.personId = :person
                        order by o.name
                        """, Object[].class)
                .setParameter("person", personId)
                .getResultStream()
                .map(row -> new OrganisationRef((UUID) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
