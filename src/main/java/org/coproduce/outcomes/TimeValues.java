package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.accounts.People;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.time.InstanceTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an hour of citizens' time is worth (the instance's value, or a service's own) and the hours
 * staff spent supporting a service's volunteers, which staff record month by month.
 */
@ApplicationScoped
public class TimeValues {
    /** How many months of staff hours the settings page lists. */
    static final int MONTHS_LISTED = 24;

    private final EntityManager db;
    private final PublicServices services;
    private final CataloguePermissions permissions;
    private final CurrentIdentity identity;
    private final People people;
    private final AuditLog audit;
    private final InstanceTime time;
    private final Clock clock;
    private final BigDecimal instanceValue;
    private final String currency;

    TimeValues(
            EntityManager db,
            PublicServices services,
            CataloguePermissions permissions,
            CurrentIdentity identity,
            People people,
            AuditLog audit,
            InstanceTime time,
            Clock clock,
            @ConfigProperty(name = "coproduce.outcomes.hourly-value") BigDecimal instanceValue,
            @ConfigProperty(name = "coproduce.outcomes.currency") String currency) {
        this.db = db;
        this.services = services;
        this.permissions = permissions;
        this.identity = identity;
        this.people = people;
        this.audit = audit;
        this.time = time;
        this.clock = clock;
        this.instanceValue = instanceValue;
        this.currency = currency;
    }

    BigDecimal instanceValue() {
        return instanceValue;
    }

    String currency() {
        return currency;
    }

    /** The services' own hourly values, for those that set one. */
    @Transactional
    Map<UUID, BigDecimal> ownValues(Collection<UUID> serviceIds) {
        Map<UUID, BigDecimal> values = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return values;
        }
        for (Object row : db.createNativeQuery(
                        "SELECT service_id, hourly_value FROM service_time_values WHERE service_id IN (?1)")
                .setParameter(1, serviceIds)
                .getResultList()) {
            Object[] c = (Object[]) row;
            values.put((UUID) c[0], (BigDecimal) c[1]);
        }
        return values;
    }

    /** Staff support hours recorded for the months from {@code first} to {@code last}, per service that has any. */
    @Transactional
    Map<UUID, BigDecimal> staffHours(Collection<UUID> serviceIds, YearMonth first, YearMonth last) {
        Map<UUID, BigDecimal> hours = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return hours;
        }
        for (Object row : db.createNativeQuery("""
                        SELECT service_id, sum(hours) FROM staff_support_hours
                        WHERE service_id IN (?1) AND month BETWEEN ?2 AND ?3 GROUP BY service_id
                        """)
                .setParameter(1, serviceIds)
                .setParameter(2, first.atDay(1))
                .setParameter(3, last.atDay(1))
                .getResultList()) {
            Object[] c = (Object[]) row;
            hours.put((UUID) c[0], (BigDecimal) c[1]);
        }
        return hours;
    }

    @Transactional
    public TimeValueView of(String serviceIdOrSlug) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        YearMonth now = YearMonth.now(clock.withZone(time.zone()));
        List<TimeValueView.StaffHours> months = new ArrayList<>();
        for (Object row : db.createNativeQuery("""
                        SELECT month, hours FROM staff_support_hours WHERE service_id = ?1 AND month >= ?2
                        ORDER BY month DESC
                        """)
                .setParameter(1, service.id())
                .setParameter(2, now.minusMonths(MONTHS_LISTED - 1).atDay(1))
                .getResultList()) {
            Object[] c = (Object[]) row;
            LocalDate month = c[0] instanceof Date d ? d.toLocalDate() : (LocalDate) c[0];
            months.add(
                    new TimeValueView.StaffHours(YearMonth.from(month).toString(), Decimals.plain((BigDecimal) c[1])));
        }
        BigDecimal own = ownValues(List.of(service.id())).get(service.id());
        return new TimeValueView(
                service,
                own == null ? instanceValue : own,
                own,
                instanceValue,
                currency,
                months,
                identity.isPerson() && permissions.canManageServicesOf(service.organisationId()));
    }

    /** Sets (or, with null, clears) the service's own hourly value. */
    @Transactional
    public TimeValueView setHourlyValue(String serviceIdOrSlug, BigDecimal value) {
        ServiceRef service = managed(serviceIdOrSlug);
        if (value == null) {
            db.createNativeQuery("DELETE FROM service_time_values WHERE service_id = ?1")
                    .setParameter(1, service.id())
                    .executeUpdate();
        } else {
            db.createNativeQuery("""
                            INSERT INTO service_time_values (service_id, hourly_value, set_by, set_at) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (service_id) DO UPDATE SET hourly_value = EXCLUDED.hourly_value,
                                set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
                            """)
                    .setParameter(1, service.id())
                    .setParameter(2, value)
                    .setParameter(3, people.me().id())
                    .setParameter(4, clock.instant())
                    .executeUpdate();
        }
        record(service, "time-value.set", value == null ? "Hourly value: the instance's" : "Hourly value: " + value);
        return of(service.id().toString());
    }

    /** Records the staff support hours of one month (replacing what was there); null removes them. */
    @Transactional
    public TimeValueView setStaffHours(String serviceIdOrSlug, String month, BigDecimal hours) {
        ServiceRef service = managed(serviceIdOrSlug);
        YearMonth when;
        try {
            when = YearMonth.parse(month);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField("month", "must be a month such as 2026-10");
        }
        if (when.isAfter(YearMonth.now(clock.withZone(time.zone())))) {
            throw ProblemException.invalidField("month", "must not be in the future");
        }
        if (hours == null) {
            db.createNativeQuery("DELETE FROM staff_support_hours WHERE service_id = ?1 AND month = ?2")
                    .setParameter(1, service.id())
                    .setParameter(2, when.atDay(1))
                    .executeUpdate();
        } else {
            db.createNativeQuery("""
                            INSERT INTO staff_support_hours (service_id, month, hours, recorded_by, recorded_at)
                            VALUES (?1, ?2, ?3, ?4, ?5)
                            ON CONFLICT (service_id, month) DO UPDATE SET hours = EXCLUDED.hours,
                                recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at
                            """)
                    .setParameter(1, service.id())
                    .setParameter(2, when.atDay(1))
                    .setParameter(3, hours)
                    .setParameter(4, people.me().id())
                    .setParameter(5, clock.instant())
                    .executeUpdate();
        }
        record(service, "staff-hours.set", when + ": " + (hours == null ? "removed" : hours + " hours"));
        return of(service.id().toString());
    }

    private ServiceRef managed(String serviceIdOrSlug) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        if (!identity.isPerson() || !permissions.canManageServicesOf(service.organisationId())) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can change its value of time.");
        }
        return service;
    }

    private void record(ServiceRef service, String action, String summary) {
        audit.record(new AuditLog.Change(
                people.me().id(),
                identity.subject(),
                action,
                "service",
                service.id(),
                service.organisationId(),
                summary));
    }
}
