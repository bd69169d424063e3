package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;

/** Co-production initiatives: declared by staff of the service's organisation, public to read. */
@ApplicationScoped
public class Initiatives {
    private final EntityManager db;
    private final PublicServices services;
    private final CataloguePermissions permissions;
    private final CurrentIdentity identity;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    Initiatives(
            EntityManager db,
            PublicServices services,
            CataloguePermissions permissions,
            CurrentIdentity identity,
            People people,
            AuditLog audit,
            Clock clock) {
        this.db = db;
        this.services = services;
        this.permissions = permissions;
        this.identity = identity;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InitiativeView create(InitiativeInput input) {
        ServiceRef service = staffService(input);
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.serviceId = service.id();
        initiative.createdBy = people.me().id();
        initiative.createdAt = clock.instant();
        apply(input, initiative);
        db.persist(initiative);
        record("initiative.created", initiative, service, "Declared the initiative '" + initiative.name + "'");
        return view(initiative);
    }

    @Transactional
    public InitiativeView update(UUID id, String ifMatch, InitiativeInput input) {
        Initiative initiative = live(id);
        ServiceRef service = staffService(input);
        if (!service.id().equals(initiative.serviceId)) {
            throw ProblemException.invalidField("serviceId", "cannot change: an initiative stays with its service");
        }
        ETags.requireMatch(ifMatch, initiative.version);
        apply(input, initiative);
        record("initiative.updated", initiative, service, "Changed the initiative '" + initiative.name + "'");
        db.flush();
        return view(initiative);
    }

    @Transactional
    public InitiativeView get(UUID id) {
        return view(live(id));
    }

    @Transactional
    public InitiativePage page(String serviceIdOrSlug, String cursor, int limit) {
        UUID serviceId =
                serviceIdOrSlug == null ? null : services.ref(serviceIdOrSlug).id();
        StringBuilder jpql = new StringBuilder("from Initiative where true");
        if (serviceId != null) {
            jpql.append(" and serviceId = :service");
        }
        Cursors.InstantAndId after = null;
        if (cursor != null) {
            after = Cursors.instantAndId(cursor);
            jpql.append(" and (startsOn < :on or (startsOn = :on and id < :id))");
        }
        TypedQuery<Initiative> query = db.createQuery(
                        jpql.append(" order by startsOn desc, id desc").toString(), Initiative.class)
                .setMaxResults(limit + 1);
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        if (after != null) {
            query.setParameter("on", after.at().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                    .setParameter("id", after.id());
        }
        KeysetPage<Initiative> page = KeysetPage.of(
                query.getResultList(),
                limit,
                i -> List.of(
                        i.startsOn
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant()
                                .toString(),
                        i.id.toString()));
        return new InitiativePage(page.rows().stream().map(this::view).toList(), page.nextCursor());
    }

    Initiative live(UUID id) {
        Initiative initiative = db.find(Initiative.class, id);
        if (initiative == null || services.refs(List.of(initiative.serviceId)).isEmpty()) {
            throw ProblemException.notFound("initiative", id);
        }
        return initiative;
    }

    InitiativeView view(Initiative initiative) {
        Set<UUID> ids = new HashSet<>(Arrays.asList(initiative.comparisonServiceIds));
        ids.add(initiative.serviceId);
        Map<UUID, ServiceRef> refs = services.refs(ids);
        EnumSet<Co> cos = EnumSet.noneOf(Co.class);
        Arrays.stream(initiative.cos).map(Co::valueOf).forEach(cos::add);
        return new InitiativeView(
                initiative.id,
                refs.get(initiative.serviceId),
                initiative.name,
                initiative.description,
                initiative.startsOn,
                initiative.endsOn,
                cos,
                Arrays.stream(initiative.comparisonServiceIds)
                        .map(refs::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                initiative.version);
    }

    private ServiceRef staffService(InitiativeInput input) {
        ServiceRef service = services.refs(List.of(input.serviceId())).get(input.serviceId());
        if (service == null) {
            throw ProblemException.invalidField("serviceId", "is not a live service");
        }
        if (!identity.isPerson() || !permissions.canManageServicesOf(service.organisationId())) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can declare its initiatives.");
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw ProblemException.invalidField("endsOn", "must be on or after the start");
        }
        List<UUID> comparisons = input.comparisonServiceIds() == null ? List.of() : input.comparisonServiceIds();
        if (comparisons.contains(service.id())) {
            throw ProblemException.invalidField(
                    "comparisonServiceIds", "must not include the initiative's own service");
        }
        if (services.refs(comparisons).size() != new HashSet<>(comparisons).size()) {
            throw ProblemException.invalidField("comparisonServiceIds", "must all be live services");
        }
        return service;
    }

    private void apply(InitiativeInput input, Initiative initiative) {
        initiative.name = input.name().strip();
        initiative.description = input.description() == null
                        || input.description().isBlank()
                ? null
                : input.description().strip();
        initiative.startsOn = input.startsOn();
        initiative.endsOn = input.endsOn();
        initiative.cos = input.cos().stream().sorted().map(Enum::name).toArray(String[]::new);
        initiative.comparisonServiceIds = input.comparisonServiceIds() == null
                ? new UUID[0]
                : input.comparisonServiceIds().stream().distinct().toArray(UUID[]::new);
        initiative.updatedAt = clock.instant();
    }

    private void record(String action, Initiative initiative, ServiceRef service, String summary) {
        PersonRef me = people.me();
        audit.record(new AuditLog.Change(
                me.id(), identity.subject(), action, "initiative", initiative.id, service.organisationId(), summary));
    }
}
