package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.accounts.People;
import org.coproduce.accounts.PersonRef;
import org.coproduce.catalogue.CataloguePermissions;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.FieldError;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.Problem;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.MachineClients;
import org.coproduce.shared.time.InstanceTime;

/**
 * Outcome indicators and their observations. Staff of the service's organisation define
 * indicators and record values (one by one or as a CSV); integrators with the write scope push
 * them. Every value is checked (the indicator's unit, no future dates) before any is stored.
 */
@ApplicationScoped
public class Indicators {
    static final String WRITE_SCOPE = "coproduce:write";

    private final EntityManager db;
    private final PublicServices services;
    private final CataloguePermissions permissions;
    private final CurrentIdentity identity;
    private final People people;
    private final AuditLog audit;
    private final MachineClients clients;
    private final InstanceTime time;
    private final Clock clock;

    Indicators(
            EntityManager db,
            PublicServices services,
            CataloguePermissions permissions,
            CurrentIdentity identity,
            People people,
            AuditLog audit,
            MachineClients clients,
            InstanceTime time,
            Clock clock) {
        this.db = db;
        this.services = services;
        this.permissions = permissions;
        this.identity = identity;
        this.people = people;
        this.audit = audit;
        this.clients = clients;
        this.time = time;
        this.clock = clock;
    }

    @Transactional
    public IndicatorView create(IndicatorInput input) {
        ServiceRef service = services.refs(List.of(input.serviceId())).get(input.serviceId());
        if (service == null) {
            throw ProblemException.invalidField("serviceId", "is not a live service");
        }
        requireStaff(service);
        long sameName = db.createQuery(
                        "select count(i) from Indicator i where i.serviceId = :service and lower(i.name) = lower(:name)",
                        Long.class)
                .setParameter("service", service.id())
                .setParameter("name", input.name().strip())
                .getSingleResult();
        if (sameName > 0) {
            throw ProblemException.conflict(service.name() + " already has an indicator called '"
                    + input.name().strip() + "'.");
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.serviceId = service.id();
        indicator.name = input.name().strip();
        indicator.unit = input.unit().strip();
        indicator.better = input.better();
        indicator.description = input.description() == null
                        || input.description().isBlank()
                ? null
                : input.description().strip();
        indicator.createdAt = clock.instant();
        db.persist(indicator);
        PersonRef me = people.me();
        audit.record(new AuditLog.Change(
                me.id(),
                identity.subject(),
                "indicator.created",
                "indicator",
                indicator.id,
                service.organisationId(),
                "Created the indicator '" + indicator.name + "' of " + service.name()));
        return view(indicator);
    }

    @Transactional
    public IndicatorList ofService(String serviceIdOrSlug) {
        ServiceRef service = services.ref(serviceIdOrSlug);
        List<Indicator> indicators = db.createQuery(
                        "from Indicator where serviceId = :service order by lower(name)", Indicator.class)
                .setParameter("service", service.id())
                .getResultList();
        return new IndicatorList(views(indicators));
    }

    @Transactional
    public IndicatorView get(UUID id) {
        return view(live(id));
    }

    /** Records the values (replacing any for the same dates); all or nothing. */
    @Transactional
    public IndicatorView record(UUID id, List<ObservationInput.Value> values, String source) {
        Indicator indicator = live(id);
        ServiceRef service = services.refs(List.of(indicator.serviceId)).get(indicator.serviceId);
        boolean integrator = !identity.isPerson();
        if (integrator && !clients.requireOrganisation(WRITE_SCOPE).equals(service.organisationId())) {
            throw ProblemException.forbidden(
                    "This client acts for another organisation than the one that runs " + service.name() + ".");
        }
        if (!integrator) {
            requireStaff(service);
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = today();
        for (int i = 0; i < values.size(); i++) {
            ObservationInput.Value value = values.get(i);
            if (!value.unit().strip().equals(indicator.unit)) {
                errors.add(new FieldError(
                        "observations[" + i + "].unit",
                        "is '" + value.unit().strip() + "' but this indicator is measured in '" + indicator.unit
                                + "'"));
            }
            if (value.observedOn().isAfter(today)) {
                errors.add(new FieldError("observations[" + i + "].observedOn", "must not be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors));
        }
        Map<LocalDate, BigDecimal> byDate = values.stream()
                .collect(Collectors.toMap(
                        ObservationInput.Value::observedOn,
                        ObservationInput.Value::value,
                        (a, b) -> b,
                        java.util.TreeMap::new));
        UUID recordedBy = integrator ? null : people.me().id();
        db.createNativeQuery("""
                        INSERT INTO observations (indicator_id, observed_on, value, source, recorded_by, recorded_at)
                        SELECT ?1, d, v, ?4, ?5, ?6 FROM unnest(CAST(?2 AS date[]), CAST(?3 AS numeric[])) AS o (d, v)
                        ON CONFLICT (indicator_id, observed_on) DO UPDATE
                            SET value = excluded.value, source = excluded.source,
                                recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        """)
                .setParameter(1, indicator.id)
                .setParameter(
                        2, byDate.keySet().stream().map(LocalDate::toString).toArray(String[]::new))
                .setParameter(
                        3,
                        byDate.values().stream().map(BigDecimal::toPlainString).toArray(String[]::new))
                .setParameter(4, integrator ? "INTEGRATOR" : source)
                .setParameter(5, recordedBy)
                .setParameter(6, clock.instant())
                .executeUpdate();
        if (recordedBy != null) {
            audit.record(new AuditLog.Change(
                    recordedBy,
                    identity.subject(),
                    "indicator.observed",
                    "indicator",
                    indicator.id,
                    service.organisationId(),
                    "Recorded " + byDate.size() + " observation(s) of '" + indicator.name + "'"));
        }
        return view(indicator);
    }

    @Transactional
    public IndicatorView recordCsv(UUID id, String csv) {
        Indicator indicator = live(id);
        return record(id, ObservationCsv.parse(csv, indicator.unit, today()), "CSV");
    }

    @Transactional
    public ObservationPage observations(UUID id, String cursor, int limit) {
        Indicator indicator = live(id);
        LocalDate after = null;
        if (cursor != null) {
            try {
                after = LocalDate.parse(Cursors.decode(cursor, 1).get(0));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
            }
        }
        List<ObservationView> rows = new ArrayList<>();
        for (Object row : db.createNativeQuery("""
                        SELECT observed_on, value, source FROM observations
                        WHERE indicator_id = ?1 AND (CAST(?2 AS date) IS NULL OR observed_on > CAST(?2 AS date))
                        ORDER BY observed_on LIMIT ?3
                        """)
                .setParameter(1, indicator.id)
                .setParameter(2, after == null ? null : after.toString())
                .setParameter(3, limit + 1)
                .getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new ObservationView(date(c[0]), Decimals.plain((BigDecimal) c[1]), (String) c[2]));
        }
        KeysetPage<ObservationView> page =
                KeysetPage.of(rows, limit, o -> List.of(o.observedOn().toString()));
        return new ObservationPage(page.rows(), page.nextCursor());
    }

    /** The values of an indicator between two dates (inclusive), for evaluations. */
    double[] values(UUID indicatorId, LocalDate from, LocalDate to) {
        List<?> rows = db.createNativeQuery(
                        "SELECT value FROM observations WHERE indicator_id = ?1 AND observed_on BETWEEN ?2 AND ?3")
                .setParameter(1, indicatorId)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream().mapToDouble(v -> ((BigDecimal) v).doubleValue()).toArray();
    }

    List<Indicator> named(List<UUID> serviceIds, String name, String unit) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return db.createQuery(
                        "from Indicator where serviceId in :services and lower(name) = lower(:name) and unit = :unit",
                        Indicator.class)
                .setParameter("services", serviceIds)
                .setParameter("name", name)
                .setParameter("unit", unit)
                .getResultList();
    }

    List<Indicator> ofServiceId(UUID serviceId) {
        return db.createQuery("from Indicator where serviceId = :service order by lower(name)", Indicator.class)
                .setParameter("service", serviceId)
                .getResultList();
    }

    private IndicatorView view(Indicator indicator) {
        return views(List.of(indicator)).get(0);
    }

    /** The indicators with their observation counts and date ranges, in one query for them all. */
    private List<IndicatorView> views(List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        Map<UUID, Object[]> stats = new java.util.HashMap<>();
        for (Object row : db.createNativeQuery("""
                        SELECT indicator_id, count(*), min(observed_on), max(observed_on) FROM observations
                        WHERE indicator_id = ANY(CAST(?1 AS uuid[])) GROUP BY indicator_id
                        """)
                .setParameter(1, indicators.stream().map(i -> i.id).toArray(UUID[]::new))
                .getResultList()) {
            Object[] c = (Object[]) row;
            stats.put((UUID) c[0], c);
        }
        return indicators.stream()
                .map(i -> {
                    Object[] c = stats.get(i.id);
                    return new IndicatorView(
                            i.id,
                            i.serviceId,
                            i.name,
                            i.unit,
                            i.better,
                            i.description,
                            c == null ? 0 : ((Number) c[1]).longValue(),
                            c == null ? null : date(c[2]),
                            c == null ? null : date(c[3]),
                            i.version);
                })
                .toList();
    }

    private Indicator live(UUID id) {
        Indicator indicator = db.find(Indicator.class, id);
        if (indicator == null || services.refs(List.of(indicator.serviceId)).isEmpty()) {
            throw ProblemException.notFound("indicator", id);
        }
        return indicator;
    }

    private void requireStaff(ServiceRef service) {
        if (!identity.isPerson() || !permissions.canManageServicesOf(service.organisationId())) {
            throw ProblemException.forbidden(
                    "Only staff of the organisation that runs " + service.name() + " can change its indicators.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(time.zone()));
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
