package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;

/** Turns ideas into views, fetching their authors and services in one query each (no N+1). */
@ApplicationScoped
class IdeaViews {
    private static final String FORMER_PARTICIPANT = "Former participant";

    private final People people;
    private final PublicServices services;

    IdeaViews(People people, PublicServices services) {
        this.people = people;
        this.services = services;
    }

    List<IdeaView> of(List<Idea> ideas) {
        Map<UUID, PersonRef> authors =
                people.findByIds(ideas.stream().map(i -> i.authorId).distinct().toList());
        Map<UUID, ServiceRef> owners =
                services.refs(ideas.stream().map(i -> i.serviceId).distinct().toList());
        return ideas.stream()
                .map(idea -> view(idea, authors.get(idea.authorId), owners.get(idea.serviceId)))
                .toList();
    }

    IdeaView of(Idea idea) {
        return of(List.of(idea)).get(0);
    }

    private static IdeaView view(Idea idea, PersonRef author, ServiceRef service) {
        return new IdeaView(
                idea.id,
                service,
                idea.challengeId,
                new IdeaView.PersonName(idea.authorId, author == null ? FORMER_PARTICIPANT : author.displayName()),
                idea.title,
                idea.body,
                idea.placeName,
                idea.latitude,
                idea.longitude,
                Arrays.asList(idea.tags),
                idea.status,
                idea.supportCount,
                idea.version,
                idea.createdAt,
                idea.updatedAt,
                idea.answeredAt,
                idea.isHidden());
    }
}
