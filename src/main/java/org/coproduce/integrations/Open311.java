package org.coproduce.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.catalogue.ServiceView;
import org.coproduce.ideas.ChannelIdeas;
import org.coproduce.ideas.LocatedIdea;
import org.coproduce.shared.api.Problem;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.MachineClients;
import org.coproduce.shared.time.InstanceTime;

/** Open311 GeoReport v2 over Coproduce's services and located ideas. */
@ApplicationScoped
class Open311 {
    static final String WRITE_SCOPE = "coproduce:write";
    private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    private static final int TITLE_LENGTH = 80;

    private final PublicServices services;
    private final ChannelIdeas ideas;
    private final People people;
    private final MachineClients clients;
    private final IntegratorClients registry;
    private final CurrentIdentity identity;
    private final InstanceTime time;
    private final Clock clock;

    Open311(
            PublicServices services,
            ChannelIdeas ideas,
            People people,
            MachineClients clients,
            IntegratorClients registry,
            CurrentIdentity identity,
            InstanceTime time,
            Clock clock) {
        this.services = services;
        this.ideas = ideas;
        this.people = people;
        this.clients = clients;
        this.registry = registry;
        this.identity = identity;
        this.time = time;
        this.clock = clock;
    }

    static Open311Views.Error error(Problem problem) {
        String description = problem.errors() == null || problem.errors().isEmpty()
                ? problem.detail()
                : problem.errors().stream()
                        .map(e -> e.field() + " " + e.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(problem.detail());
        return new Open311Views.Error(problem.status(), description);
    }

    @Transactional
    List<Open311Views.Service> services() {
        return services.allLive().stream()
                .map(ref -> service(services.get(ref.id().toString())))
                .toList();
    }

    @Transactional
    Open311Views.Definition definition(String code) {
        return new Open311Views.Definition(live(code).slug(), List.of());
    }

    @Transactional
    List<Open311Views.Request> request(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("service request", id);
        }
        return List.of(ideas.find(uuid)
                .map(idea -> request(idea, services.get(idea.serviceId().toString())))
                .orElseThrow(() -> ProblemException.notFound("service request", id)));
    }

    @Transactional
    List<Open311Views.Request> requests(String ids, String codes, String start, String end, String status) {
        List<UUID> wantedIds = ids == null || ids.isBlank()
                ? null
                : list(ids).stream().map(Open311::uuid).toList();
        List<UUID> wantedServices = codes == null || codes.isBlank()
                ? null
                : list(codes).stream().map(code -> live(code).id()).toList();
        Instant from = start == null || start.isBlank() ? null : dateTime("start_date", start);
        Instant to = end == null || end.isBlank() ? null : dateTime("end_date", end);
        if (wantedIds == null && from == null) {
            from = (to == null ? clock.instant() : to).minus(DEFAULT_WINDOW);
        }
        Boolean closed = null;
        if (status != null && !status.isBlank()) {
            List<String> statuses = list(status.toLowerCase(Locale.ROOT));
            if (!List.of("open", "closed").containsAll(statuses)) {
                throw ProblemException.invalidField("status", "must be open, closed or both");
            }
            closed = statuses.size() == 1 ? statuses.contains("closed") : null;
        }
        // Each service once, however many of its requests are listed.
        Map<UUID, ServiceView> seen = new HashMap<>();
        return ideas.query(wantedIds, wantedServices, from, to, closed).stream()
                .map(idea -> request(idea, seen.computeIfAbsent(idea.serviceId(), id -> services.get(id.toString()))))
                .toList();
    }

    @Transactional
    List<Open311Views.Created> create(String code, String lat, String lon, String address, String description) {
        if (identity.isPerson() || !identity.isSignedIn()) {
            throw ProblemException.forbidden(
                    "Creating a request needs an integrator's bearer token with the " + WRITE_SCOPE + " scope.");
        }
        UUID organisation = clients.requireOrganisation(WRITE_SCOPE);
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField("service_code", "is required");
        }
        ServiceRef service = live(code);
        if (!service.organisationId().equals(organisation)) {
            throw ProblemException.forbidden(
                    "This client acts for another organisation than the one that runs " + service.name() + ".");
        }
        double latitude = coordinate("lat", lat, 90);
        double longitude = coordinate("long", lon, 180);
        if (description == null || description.isBlank()) {
            throw ProblemException.invalidField("description", "is required");
        }
        if (description.length() > 5000) {
            throw ProblemException.invalidField("description", "must be at most 5000 characters");
        }
        String clientId = identity.clientId().orElseThrow();
        UUID channel = people.invite("channel+" + clientId + "@channels.coproduce.invalid", registry.nameOf(clientId))
                .id();
        String placeName = address == null || address.isBlank() ? null : truncate(address.strip(), 120);
        LocatedIdea idea = ideas.propose(
                service, channel, title(description.strip()), description.strip(), placeName, latitude, longitude);
        return List.of(new Open311Views.Created(
                idea.id().toString(),
                "Thank you. It is now an idea on " + service.name() + "; the service's staff answer it in Coproduce.",
                null));
    }

    private Open311Views.Service service(ServiceView service) {
        return new Open311Views.Service(
                service.slug(),
                service.name(),
                service.summary(),
                false,
                "realtime",
                service.category().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                service.organisation().name());
    }

    private Open311Views.Request request(LocatedIdea idea, ServiceView service) {
        return new Open311Views.Request(
                idea.id().toString(),
                idea.closed() ? "closed" : "open",
                idea.latestAnswer() == null ? statusNote(idea.status()) : idea.latestAnswer(),
                service.name(),
                service.slug(),
                idea.title() + "\n\n" + idea.body(),
                service.organisation().name(),
                null,
                w3c(idea.createdAt()),
                w3c(idea.updatedAt()),
                null,
                idea.placeName(),
                null,
                null,
                idea.latitude(),
                idea.longitude(),
                null);
    }

    private static String statusNote(String status) {
        return switch (status) {
            case "SUBMITTED" -> "Proposed; waiting for the service's answer.";
            case "UNDER_REVIEW" -> "The service is looking at it.";
            default -> status.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private String w3c(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), time.zone())
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private ServiceRef live(String code) {
        ServiceRef service;
        try {
            service = services.ref(code);
        } catch (ProblemException e) {
            throw ProblemException.notFound("service", code);
        }
        if (services.isArchived(code)) {
            throw ProblemException.notFound("service", code);
        }
        return service;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("service_request_id", "has an id that does not exist: " + id);
        }
    }

    private static Instant dateTime(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a W3C date and time, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static double coordinate(String field, String value, double limit) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required: requests are placed on the map");
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (Double.isNaN(parsed) || Math.abs(parsed) > limit) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a number from -" + (int) limit + " to " + (int) limit);
        }
    }

    /** A title for the idea: the description's first sentence or line, at most 80 characters. */
    static String title(String description) {
        String first = description.split("[\\r\\n]+|(?<=[.!?])\\s", 2)[0].strip();
        if (first.length() <= TITLE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_LENGTH - 1);
        return first.substring(0, cut > 20 ? cut : TITLE_LENGTH - 1) + "…";
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
