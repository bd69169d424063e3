package org.coproduce.catalogue;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads "Riverside", a fictional council, so that a first run shows a living portal. On in dev
 * mode; the packaged application loads it with {@code COPRODUCE_DEMO_DATA=true}. It only ever
 * loads into an empty catalogue.
 */
@ApplicationScoped
public class DemoCatalogue {
    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class);

    private final OrganisationRepository organisations;
    private final PublicServiceRepository services;
    private final StaffMemberships memberships;
    private final People people;
    private final Clock clock;
    private final boolean enabled;
    private final String emailDomain;

    DemoCatalogue(
            OrganisationRepository organisations,
            PublicServiceRepository services,
            StaffMemberships memberships,
            People people,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "coproduce.demo.email-domain", defaultValue = "riverside.example")
                    String emailDomain) {
        this.organisations = organisations;
        this.services = services;
        this.memberships = memberships;
        this.people = people;
        this.clock = clock;
        this.enabled = enabled;
        this.emailDomain = emailDomain;
    }

    @Transactional
    void load(@Observes StartupEvent started) {
        if (!enabled || organisations.count() > 0) {
            return;
        }
        Organisation parks = organisation(
                "riverside-parks",
                "Riverside Parks and Open Spaces",
                "Looks after Riverside's parks, riverside paths, allotments and community gardens.");
        Organisation environment = organisation(
                "riverside-environment",
                "Riverside Environment Services",
                "Bin collections, recycling, street cleaning and keeping the borough tidy.");
        Organisation libraries = organisation(
                "riverside-libraries",
                "Riverside Libraries and Learning",
                "Five libraries, a mobile library and adult learning across the borough.");
        staff(parks, "sam@" + emailDomain, "Sam Staff");
        staff(environment, "olga@" + emailDomain, "Olga Other");

        service(
                parks,
                "community-gardens",
                "Community gardens",
                ServiceCategory.PARKS_AND_GREEN_SPACES,
                "Whole borough",
                "Grow food and flowers with your neighbours on council land.",
                "We support twelve community gardens, from raised beds on estates to the orchard at Mill Meadow.\n\n"
                        + "Volunteers garden together every week. No experience is needed and tools are provided.");
        service(
                parks,
                "riverside-path",
                "Riverside path and lighting",
                ServiceCategory.PARKS_AND_GREEN_SPACES,
                "Northbank",
                "The four-mile path along the river, its lighting, benches and access points.",
                "We maintain the path surface, the lighting and the benches, and clear flood debris after high water.");
        service(
                parks,
                "park-rangers",
                "Park rangers",
                ServiceCategory.PARKS_AND_GREEN_SPACES,
                "Whole borough",
                "Rangers who care for our parks and run nature walks and conservation days.",
                null);
        service(
                parks,
                "allotments",
                "Allotments",
                ServiceCategory.PARKS_AND_GREEN_SPACES,
                "Southfield",
                "Rent an allotment plot and join the waiting list.",
                null);
        service(
                environment,
                "household-recycling-collection",
                "Household recycling collection",
                ServiceCategory.WASTE_AND_RECYCLING,
                "Whole borough",
                "Fortnightly collection of paper, card, glass, cans and plastic bottles from your home.",
                "Put your recycling out by 7am on your collection day. Rinse containers and keep them loose, not bagged.");
        service(
                environment,
                "bulky-waste",
                "Bulky waste collection",
                ServiceCategory.WASTE_AND_RECYCLING,
                "Whole borough",
                "Book a collection of furniture, fridges and other large items.",
                null);
        service(
                environment,
                "street-cleaning",
                "Street cleaning",
                ServiceCategory.WASTE_AND_RECYCLING,
                "Town centre",
                "Sweeping, litter picking and removing fly-tipping and graffiti.",
                null);
        service(
                environment,
                "litter-pick-volunteers",
                "Community litter picks",
                ServiceCategory.COMMUNITY_SAFETY,
                "Northbank",
                "Borrow litter-picking kits and join monthly community clean-ups.",
                null);
        service(
                libraries,
                "central-library",
                "Central Library",
                ServiceCategory.LIBRARIES,
                "Town centre",
                "Books, computers, study space and events, open six days a week.",
                "Free Wi-Fi and computers, a children's library, a local history room and meeting rooms to book.");
        service(
                libraries,
                "home-library-service",
                "Home library service",
                ServiceCategory.LIBRARIES,
                "Whole borough",
                "Volunteers bring books to people who cannot get to a library.",
                null);
        service(
                libraries,
                "digital-skills",
                "Digital skills sessions",
                ServiceCategory.CHILDREN_AND_YOUNG_PEOPLE,
                "Southfield",
                "Free help with phones, tablets and getting online, for all ages.",
                null);
        service(
                libraries,
                "homework-club",
                "Homework club",
                ServiceCategory.CHILDREN_AND_YOUNG_PEOPLE,
                "Northbank",
                "After-school help with homework for 8 to 16 year olds.",
                null);
        LOG.info("Loaded the Riverside demo data: 3 organisations and 12 services");
    }

    private Organisation organisation(String slug, String name, String description) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.slug = slug;
        organisation.name = name;
        organisation.description = description;
        organisation.website = "https://riverside.example/" + slug.replace("riverside-", "");
        organisation.createdAt = clock.instant();
        organisation.updatedAt = organisation.createdAt;
        organisations.persist(organisation);
        return organisation;
    }

    private void staff(Organisation organisation, String email, String name) {
        PersonRef person = people.invite(email, name);
        StaffMembership membership = new StaffMembership();
        membership.key = new StaffMembership.Key(organisation.id, person.id());
        membership.addedAt = clock.instant();
        memberships.persist(membership);
    }

    private void service(
            Organisation owner,
            String slug,
            String name,
            ServiceCategory category,
            String area,
            String summary,
            String description) {
        PublicService service = new PublicService();
        service.id = UUID.randomUUID();
        service.organisationId = owner.id;
        service.slug = slug;
        service.name = name;
        service.summary = summary;
        service.description = description;
        service.category = category;
        service.areaServed = area;
        service.contactEmail = List.of(owner.slug.split("-")).get(1) + "@riverside.example";
        service.active = !"allotments".equals(slug);
        service.createdAt = clock.instant();
        service.updatedAt = service.createdAt;
        services.persist(service);
    }
}
