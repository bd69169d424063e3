package org.coproduce.volunteering;

import jakarta.enterprise.context.RequestScoped;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.MachineClients;

/** Staff of the organisation that runs a service manage its opportunities, shifts and rosters. */
@RequestScoped
public class VolunteeringPermissions {
    static final String READ_SCOPE = "coproduce:read";

    private final CataloguePermissions catalogue;
    private final CurrentIdentity identity;
    private final MachineClients clients;

    VolunteeringPermissions(CataloguePermissions catalogue, CurrentIdentity identity, MachineClients clients) {
        this.catalogue = catalogue;
        this.identity = identity;
        this.clients = clients;
    }

    /**
     * Staff of the organisation read its rosters; so does the organisation's machine client with
     * {@code coproduce:read} (without contact details). Returns whether the reader is staff.
     */
    public boolean requireCanReadRosters(ServiceRef service) {
        if (identity.isPerson()) {
            requireCanManage(service);
            return true;
        }
        if (!clients.requireOrganisation(READ_SCOPE).equals(service.organisationId())) {
            throw ProblemException.forbidden("This client acts for another organisation.");
        }
        return false;
    }

    public boolean canManage(ServiceRef service) {
        return catalogue.canManageServicesOf(service.organisationId());
    }

    public void requireCanManage(ServiceRef service) {
        if (!canManage(service)) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can do this.");
        }
    }
}
