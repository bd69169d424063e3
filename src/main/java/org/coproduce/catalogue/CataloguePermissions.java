package org.coproduce.catalogue;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;

/** Who may change what in the catalogue: admins everything, staff their own organisations' services. */
@RequestScoped
public class CataloguePermissions {
    private final CurrentIdentity identity;
    private final People people;
    private final StaffMemberships memberships;

    CataloguePermissions(CurrentIdentity identity, People people, StaffMemberships memberships) {
        this.identity = identity;
        this.people = people;
        this.memberships = memberships;
    }

    public boolean canManageServicesOf(UUID organisationId) {
        if (identity.isAdmin()) {
            return true;
        }
        return identity.isStaff()
                && memberships.isMember(organisationId, people.me().id());
    }

    public void requireCanManageServicesOf(UUID organisationId) {
        if (!canManageServicesOf(organisationId)) {
            throw ProblemException.forbidden("Only staff of the organisation that runs this service can change it.");
        }
    }

    public void requireCanSeeStaffOf(UUID organisationId) {
        if (!canManageServicesOf(organisationId)) {
            throw ProblemException.forbidden("Only admins and the organisation's own staff can see its staff.");
        }
    }

    public void requireAdmin() {
        if (!identity.isAdmin()) {
            throw ProblemException.forbidden("Only an admin can do this.");
        }
    }

    /** The person acting, for the audit log. */
    public PersonRef actor() {
        return people.me();
    }

    public String actorSubject() {
        return identity.subject();
    }
}
