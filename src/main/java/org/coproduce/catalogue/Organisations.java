package org.coproduce.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.ETags;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;

/** The catalogue's use cases for organisations and their staff. */
@ApplicationScoped
public class Organisations {
    private final OrganisationRepository organisations;
    private final StaffMemberships memberships;
    private final People people;
    private final CataloguePermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    Organisations(
            OrganisationRepository organisations,
            StaffMemberships memberships,
            People people,
            CataloguePermissions permissions,
            AuditLog audit,
            Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.people = people;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OrganisationPage page(String cursor, int limit) {
        String afterName = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> after = Cursors.decode(cursor, 2);
            afterName = after.get(0);
            afterId = Ids.parse(after.get(1))
                    .orElseThrow(() -> ProblemException.invalidField("cursor", "is not a cursor this list gave out"));
        }
        List<Organisation> rows = organisations.pageByName(afterName, afterId, limit + 1);
        KeysetPage<Organisation> page = KeysetPage.of(rows, limit, o -> List.of(o.name, o.id.toString()));
        return new OrganisationPage(
                page.rows().stream().map(OrganisationView::of).toList(), page.nextCursor());
    }

    @Transactional
    public OrganisationView get(String idOrSlug) {
        return OrganisationView.of(find(idOrSlug));
    }

    @Transactional
    public OrganisationView create(OrganisationInput input) {
        permissions.requireAdmin();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.slug = input.slug() == null || input.slug().isBlank() ? Slugs.from(input.name()) : input.slug();
        requireFreeSlug(organisation.slug, organisation.id);
        organisation.createdAt = clock.instant();
        apply(input, organisation);
        organisations.persist(organisation);
        organisations.flush();
        record(
                "organisation.created",
                organisation.id,
                organisation.id,
                "Created the organisation '" + organisation.name + "'");
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView update(UUID id, String ifMatch, OrganisationInput input) {
        permissions.requireAdmin();
        Organisation organisation = find(id.toString());
        ETags.requireMatch(ifMatch, organisation.version);
        if (input.slug() != null && !input.slug().isBlank() && !input.slug().equals(organisation.slug)) {
            requireFreeSlug(input.slug(), organisation.id);
            organisation.slug = input.slug();
        }
        apply(input, organisation);
        organisations.flush();
        record(
                "organisation.updated",
                organisation.id,
                organisation.id,
                "Updated the organisation '" + organisation.name + "'");
        return OrganisationView.of(organisation);
    }

    @Transactional
    public StaffMemberList staff(UUID organisationId) {
        Organisation organisation = find(organisationId.toString());
        permissions.requireCanSeeStaffOf(organisation.id);
        List<StaffMembership> members = memberships.ofOrganisation(organisation.id);
        Map<UUID, PersonRef> byId =
                people.findByIds(members.stream().map(m -> m.key.personId()).toList());
        return new StaffMemberList(
                members.stream()
                        .map(m -> {
                            PersonRef person = byId.get(m.key.personId());
                            return new StaffMemberView(person.id(), person.displayName(), person.email(), m.addedAt);
                        })
                        .toList(),
                null);
    }

    @Transactional
    public StaffMemberView addStaff(UUID organisationId, AddStaffMember request) {
        permissions.requireAdmin();
        Organisation organisation = find(organisationId.toString());
        String name = request.displayName() == null || request.displayName().isBlank()
                ? request.email().substring(0, request.email().indexOf('@'))
                : request.displayName().strip();
        PersonRef person = people.invite(request.email().strip(), name);
        if (memberships.addIfAbsent(organisation.id, person.id(), clock.instant())) {
            record(
                    "staff.added",
                    person.id(),
                    organisation.id,
                    // The person is named by id (the entry's entity): a name here could never be erased.
                    "Added a member to the staff of '" + organisation.name + "'");
        }
        StaffMembership membership = memberships
                .findByIdOptional(new StaffMembership.Key(organisation.id, person.id()))
                .orElseThrow();
        return new StaffMemberView(person.id(), person.displayName(), person.email(), membership.addedAt);
    }

    @Transactional
    public void removeStaff(UUID organisationId, UUID personId) {
        permissions.requireAdmin();
        Organisation organisation = find(organisationId.toString());
        StaffMembership membership = memberships
                .findByIdOptional(new StaffMembership.Key(organisation.id, personId))
                .orElseThrow(() -> ProblemException.notFound("staff member", personId));
        memberships.delete(membership);
        record(
                "staff.removed",
                personId,
                organisation.id,
                "Removed a member of staff from '" + organisation.name + "'");
    }

    private Organisation find(String idOrSlug) {
        return organisations
                .findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("organisation", idOrSlug));
    }

    private void apply(OrganisationInput input, Organisation organisation) {
        organisation.name = input.name().strip();
        organisation.description = input.description() == null
                        || input.description().isBlank()
                ? null
                : input.description().strip();
        organisation.website = input.website() == null || input.website().isBlank()
                ? null
                : input.website().strip();
        organisation.updatedAt = clock.instant();
    }

    private void requireFreeSlug(String slug, UUID id) {
        if (organisations.slugTaken(slug, id)) {
            throw ProblemException.conflict("Another organisation already uses the address '" + slug + "'.");
        }
    }

    private void record(String action, UUID entityId, UUID organisationId, String summary) {
        String type = action.startsWith("staff") ? "person" : "organisation";
        audit.record(new AuditLog.Change(
                permissions.actor().id(), permissions.actorSubject(), action, type, entityId, organisationId, summary));
    }
}
