package org.coproduce.volunteering;

import jakarta.enterprise.context.RequestScoped;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ProblemException;

/** Staff of the organisation that runs a service manage its opportunities, shifts and rosters. */
@RequestScoped
public class VolunteeringPermissions {
    private final CataloguePermissions catalogue;

    VolunteeringPermissions(CataloguePermissions catalogue) {
        this.catalogue = catalogue;
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
