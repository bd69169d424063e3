package org.coproduce.ideas;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
    private final CoauthorRepository coauthors;

    IdeaViews(People people, PublicServices services, CoauthorRepository coauthors) {
        this.people = people;
        this.services = services;
        this.coauthors = coauthors;
    }

    List<IdeaView> of(List<Idea> ideas) {
        Map<UUID, List<UUID>> coauthorIds =
                coauthors.acceptedOf(ideas.stream().map(i -> i.id).toList());
        Map<UUID, PersonRef> names = people.findByIds(Stream.concat(
                        ideas.stream().map(i -> i.authorId),
                        coauthorIds.values().stream().flatMap(List::stream))
                .distinct()
                .toList());
        Map<UUID, ServiceRef> owners =
                services.refs(ideas.stream().map(i -> i.serviceId).distinct().toList());
        return ideas.stream()
                .map(idea -> view(
                        idea,
                        name(idea.authorId, names),
                        coauthorIds.getOrDefault(idea.id, List.of()).stream()
                                .map(id -> name(id, names))
                                .toList(),
                        owners.get(idea.serviceId)))
                .toList();
    }

    private static IdeaView.PersonName name(UUID id, Map<UUID, PersonRef> names) {
        PersonRef person = names.get(id);
        return new IdeaView.PersonName(id, person == null ? FORMER_PARTICIPANT : person.displayName());
    }

    IdeaView of(Idea idea) {
        return of(List.of(idea)).get(0);
    }

    private static IdeaView view(
            Idea idea, IdeaView.PersonName author, List<IdeaView.PersonName> coauthors, ServiceRef service) {
        return new IdeaView(
                idea.id,
                service,
                idea.challengeId,
                author,
                coauthors,
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
