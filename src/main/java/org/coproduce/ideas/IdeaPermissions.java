package org.coproduce.ideas;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ProblemException;

/** Who may do what in co-design: staff answer for their organisation's services, authors own their ideas. */
@RequestScoped
public class IdeaPermissions {
    private final CataloguePermissions catalogue;

    IdeaPermissions(CataloguePermissions catalogue) {
        this.catalogue = catalogue;
    }

    public boolean canAnswerFor(ServiceRef service) {
        return catalogue.canManageServicesOf(service.organisationId());
    }

    public void requireCanAnswerFor(ServiceRef service) {
        if (!canAnswerFor(service)) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can do this.");
        }
    }

    public void requireAuthor(Idea idea, UUID personId) {
        if (!idea.authorId.equals(personId)) {
            throw ProblemException.forbidden("Only the author of an idea can change it.");
        }
    }

    /** A withdrawn or hidden idea is gone for everyone but its author. */
    public boolean canSee(Idea idea, UUID personIdOrNull) {
        return idea.status != IdeaStatus.WITHDRAWN && !idea.isHidden() || idea.authorId.equals(personIdOrNull);
    }
}
