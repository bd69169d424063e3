package org.coproduce.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.FieldError;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.ProblemType;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.StaffDirectory.OrganisationRef;

/** The catalogue's use cases for services: browse, read, create, change and archive. */
@ApplicationScoped
public class PublicServices {
    private final PublicServiceRepository services;
    private final OrganisationRepository organisations;
    private final CataloguePermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    PublicServices(
            PublicServiceRepository services,
            OrganisationRepository organisations,
            CataloguePermissions permissions,
            AuditLog audit,
            Clock clock) {
        this.services = services;
        this.organisations = organisations;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ServicePage page(ServiceFilter filter) {
        PublicServiceRepository.Slice slice = services.page(filter);
        Map<UUID, Organisation> owners = organisations.byIds(
                slice.services().stream().map(s -> s.organisationId).distinct().toList());
        List<ServiceView> items = slice.services().stream()
                .map(s -> ServiceView.of(s, ref(owners.get(s.organisationId))))
                .toList();
        return new ServicePage(items, slice.nextCursor());
    }

    @Transactional
    public ServiceView get(String idOrSlug) {
        return view(live(idOrSlug));
    }

    /** Live services by id, for features that show what their activities belong to. */
    @Transactional
    public Map<UUID, ServiceRef> refs(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // One array-bound query and no managed entities: every list of ideas, shifts and reviews names
        // its services through this.
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = services.getEntityManager()
                .createNativeQuery("SELECT id, slug, name, organisation_id FROM services"
                        + " WHERE id = ANY(?1) AND archived_at IS NULL")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, ServiceRef> found = new java.util.HashMap<>();
        for (Object[] row : rows) {
            found.put((UUID) row[0], new ServiceRef((UUID) row[0], (String) row[1], (String) row[2], (UUID) row[3]));
        }
        return found;
    }

    /** A live service by id or slug; 404 otherwise. */
    @Transactional
    public ServiceRef ref(String idOrSlug) {
        PublicService service = live(idOrSlug);
        return new ServiceRef(service.id, service.slug, service.name, service.organisationId);
    }

    /** Every live service, by name: for instance-wide figures. */
    @Transactional
    public List<ServiceRef> allLive() {
        return services.list("archivedAt is null order by name").stream()
                .map(s -> new ServiceRef(s.id, s.slug, s.name, s.organisationId))
                .toList();
    }

    /** True for a service that exists but was archived: features refuse new activity on it. */
    @Transactional
    public boolean isArchived(String idOrSlug) {
        return Ids.parse(idOrSlug)
                .flatMap(services::findByIdOptional)
                .or(() -> services.find("slug", idOrSlug).firstResultOptional())
                .filter(PublicService::isArchived)
                .isPresent();
    }

    /** The live services the given organisations run. */
    @Transactional
    public List<UUID> idsRunBy(java.util.Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return services.find("organisationId in ?1 and archivedAt is null", organisationIds).stream()
                .map(s -> s.id)
                .toList();
    }

    @Transactional
    public List<String> areas() {
        return services.areas();
    }

    @Transactional
    public ServiceView create(ServiceInput input) {
        Organisation owner = organisations
                .findByIdOptional(input.organisationId())
                .orElseThrow(() -> ProblemException.invalidField("organisationId", "is not a known organisation"));
        permissions.requireCanManageServicesOf(owner.id);
        PublicService service = new PublicService();
        service.id = UUID.randomUUID();
        service.organisationId = owner.id;
        service.slug = input.slug() == null || input.slug().isBlank()
                ? Slugs.freeFrom(input.name(), slug -> services.slugTaken(slug, service.id))
                : input.slug();
        requireFreeSlug(service.slug, service.id);
        service.createdAt = clock.instant();
        apply(input, service);
        services.persist(service);
        services.flush();
        record("service.created", service, "Created the service '" + service.name + "'");
        return view(service);
    }

    @Transactional
    public ServiceView update(UUID id, String ifMatch, ServiceInput input) {
        PublicService service = live(id.toString());
        permissions.requireCanManageServicesOf(service.organisationId);
        ETags.requireMatch(ifMatch, service.version);
        if (!service.organisationId.equals(input.organisationId())) {
            throw ProblemException.invalidField(
                    "organisationId", "cannot be changed; create the service again under the other organisation");
        }
        if (input.slug() != null && !input.slug().isBlank() && !input.slug().equals(service.slug)) {
            requireFreeSlug(input.slug(), service.id);
            service.slug = input.slug();
        }
        apply(input, service);
        services.flush();
        record("service.updated", service, "Updated the service '" + service.name + "'");
        return view(service);
    }

    @Transactional
    public void archive(UUID id, String ifMatch) {
        PublicService service = live(id.toString());
        permissions.requireCanManageServicesOf(service.organisationId);
        ETags.requireMatch(ifMatch, service.version);
        service.archive(clock.instant());
        record("service.archived", service, "Archived the service '" + service.name + "'");
    }

    private PublicService live(String idOrSlug) {
        return services.findLive(idOrSlug).orElseThrow(() -> ProblemException.notFound("service", idOrSlug));
    }

    private void apply(ServiceInput input, PublicService service) {
        ContactDetails contact = input.contactOrNone();
        service.name = input.name().strip();
        service.summary = input.summary().strip();
        service.description = input.description() == null || input.description().isBlank()
                ? null
                : input.description().strip();
        service.category = input.category();
        service.areaServed = input.areaServed().strip();
        service.contactEmail = blankToNull(contact.email());
        service.contactPhone = blankToNull(contact.phone());
        service.contactWebsite = blankToNull(contact.website());
        service.active = input.activeOrDefault();
        service.updatedAt = clock.instant();
    }

    private void requireFreeSlug(String slug, UUID serviceId) {
        if (services.slugTaken(slug, serviceId)) {
            throw new ProblemException(ProblemType.CONFLICT
                    .problem("Another service already uses the address '" + slug + "'. Choose another.")
                    .withErrors(List.of(new FieldError("slug", "is already used by another service"))));
        }
    }

    private void record(String action, PublicService service, String summary) {
        audit.record(new AuditLog.Change(
                permissions.actor().id(),
                permissions.actorSubject(),
                action,
                "service",
                service.id,
                service.organisationId,
                summary));
    }

    private ServiceView view(PublicService service) {
        return ServiceView.of(service, ref(organisations.findById(service.organisationId)));
    }

    private static OrganisationRef ref(Organisation organisation) {
        return new OrganisationRef(organisation.id, organisation.slug, organisation.name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
