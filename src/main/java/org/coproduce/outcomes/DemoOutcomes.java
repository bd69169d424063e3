package org.coproduce.outcomes;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.time.InstanceTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Riverside's evidence demo: the community gardens' Sunday opening by volunteer key holders,
 * started a year ago, with two years of monthly observations that improve after the start, and
 * the allotments (without the initiative) as the comparison. Seeded; only into an empty table.
 */
@ApplicationScoped
class DemoOutcomes {
    private static final Logger LOG = Logger.getLogger(DemoOutcomes.class);

    private final EntityManager db;
    private final PublicServices services;
    private final InstanceTime time;
    private final Clock clock;
    private final boolean enabled;

    DemoOutcomes(
            EntityManager db,
            PublicServices services,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.demo-data", defaultValue = "false") boolean enabled) {
        this.db = db;
        this.services = services;
        this.time = time;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Transactional
    void load(@Observes @Priority(3300) StartupEvent started) {
        long existing =
                db.createQuery("select count(i) from Initiative i", Long.class).getSingleResult();
        if (!enabled || existing > 0) {
            return;
        }
        Random random = new Random(1129);
        LocalDate today = LocalDate.now(clock.withZone(time.zone()));
        LocalDate start = today.withDayOfMonth(1).minusMonths(11);
        ServiceRef gardens = services.ref("community-gardens");
        ServiceRef allotments = services.ref("allotments");

        UUID visits = indicator(
                gardens,
                "Garden visits per week",
                "visits",
                Better.UP,
                "Visitors counted at the gate in the first full week of each month.");
        monthly(visits, today, start, 41, 55, 3.0, random);
        UUID vandalism = indicator(
                gardens,
                "Vandalism reports",
                "reports",
                Better.DOWN,
                "Damage reported to the parks team in the month.");
        monthly(vandalism, today, start, 7, 3, 1.2, random);
        UUID comparisonVisits = indicator(
                allotments,
                "Garden visits per week",
                "visits",
                Better.UP,
                "Visitors counted at the gate in the first full week of each month.");
        monthly(comparisonVisits, today, start, 32, 33, 2.0, random);

        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        initiative.serviceId = gardens.id();
        initiative.name = "Volunteer key holders open the garden on Sundays";
        initiative.description = "After reviews asked for Sunday opening, volunteers trained as key holders open the"
                + " garden from 10am to 2pm every Sunday, and gardeners design the new Sunday sessions with staff.";
        initiative.startsOn = start;
        initiative.cos = new String[] {Co.CO_DELIVERY.name(), Co.CO_DESIGN.name()};
        initiative.comparisonServiceIds = new UUID[] {allotments.id()};
        initiative.createdAt = clock.instant();
        initiative.updatedAt = initiative.createdAt;
        db.persist(initiative);
        LOG.info("Demo evidence: an initiative on the community gardens with two years of indicators");
    }

    private UUID indicator(ServiceRef service, String name, String unit, Better better, String description) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.serviceId = service.id();
        indicator.name = name;
        indicator.unit = unit;
        indicator.better = better;
        indicator.description = description;
        indicator.createdAt = clock.instant();
        db.persist(indicator);
        db.flush();
        return indicator.id;
    }

    /** One value a month for two years: around {@code before} until the start, around {@code after} from it. */
    private void monthly(
            UUID indicator,
            LocalDate today,
            LocalDate start,
            double before,
            double after,
            double noise,
            Random random) {
        List<String> dates = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (LocalDate month = today.withDayOfMonth(1).minusMonths(23);
                !month.isAfter(today);
                month = month.plusMonths(1)) {
            LocalDate day = month.plusDays(6);
            if (day.isAfter(today)) {
                continue;
            }
            double centre = month.isBefore(start) ? before : after;
            dates.add(day.toString());
            values.add(BigDecimal.valueOf(Math.max(0, Math.round(centre + random.nextGaussian() * noise)))
                    .toPlainString());
        }
        db.createNativeQuery("""
                        INSERT INTO observations (indicator_id, observed_on, value, source, recorded_at)
                        SELECT ?1, d, v, 'STAFF', now() FROM unnest(CAST(?2 AS date[]), CAST(?3 AS numeric[])) AS o (d, v)
                        """)
                .setParameter(1, indicator)
                .setParameter(2, dates.toArray(String[]::new))
                .setParameter(3, values.toArray(String[]::new))
                .executeUpdate();
    }
}
