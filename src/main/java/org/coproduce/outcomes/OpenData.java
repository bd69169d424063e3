package org.coproduce.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.catalogue.PublicServices;
import org.coproduce.catalogue.ServiceRef;
import org.coproduce.ratings.RatingStatistics;
import org.coproduce.shared.api.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Aggregates as open data: rows of plain values, described by a data dictionary and published
 * under the instance's licence. Only aggregates: no person appears, and no figure describes fewer
 * than 5 people (means and net scores are left empty below 5 ratings).
 */
@ApplicationScoped
public class OpenData {
    private static final OpenDataset SERVICE_RECORDS = new OpenDataset(
            "service-records",
            "One row per live service: its four-Co's record for the last 12 months",
            List.of(
                    field("service", "text", "The service's slug"),
                    field("service_name", "text", "The service's name"),
                    field("from", "date", "First day counted"),
                    field("to", "date", "Last day counted"),
                    field("supports", "integer", "Supports given to ideas (co-commissioning)"),
                    field("ideas", "integer", "Ideas proposed (co-design)"),
                    field("ideas_answered_percent", "number", "Percentage of those ideas with a public answer"),
                    field("shifts", "integer", "Volunteer shifts that started (co-delivery)"),
                    field("approved_hours", "number", "Volunteer hours approved by staff"),
                    field("contributions", "integer", "Everyday contributions recorded"),
                    field("ratings", "integer", "Ratings given (co-assessment)"),
                    field("rating_mean", "number", "Mean overall score, 1 to 5; empty below 5 ratings"),
                    field("changes_committed", "integer", "Changes promised in replies to reviews"),
                    field("voice", "integer", "Ideas, comments, supports and ratings"),
                    field("action", "integer", "Attendances and contributions")));
    private static final OpenDataset RATINGS_BY_MONTH = new OpenDataset(
            "ratings-by-month",
            "One row per service and month with ratings",
            List.of(
                    field("service", "text", "The service's slug"),
                    field("month", "text", "The month, as 2026-10"),
                    field("ratings", "integer", "Ratings given that month"),
                    field("mean", "number", "Mean overall score, 1 to 5; empty below 5 ratings"),
                    field("net_score", "number", "Percent of 4-5 minus percent of 1-2; empty below 5 ratings")));
    private static final OpenDataset OBSERVATIONS = new OpenDataset(
            "indicator-observations",
            "One row per observation of an outcome indicator",
            List.of(
                    field("service", "text", "The service's slug"),
                    field("indicator", "text", "The indicator's name"),
                    field("unit", "text", "Its unit"),
                    field("better", "text", "UP when a rise is an improvement, DOWN when a fall is"),
                    field("date", "date", "When it was observed"),
                    field("value", "number", "The value")));

    private final EntityManager db;
    private final PublicServices services;
    private final ServiceRecords records;
    private final RatingStatistics ratings;
    private final String licence;
    private final String licenceUrl;

    OpenData(
            EntityManager db,
            PublicServices services,
            ServiceRecords records,
            RatingStatistics ratings,
            @ConfigProperty(name = "coproduce.open-data.licence") String licence,
            @ConfigProperty(name = "coproduce.open-data.licence-url") String licenceUrl) {
        this.db = db;
        this.services = services;
        this.records = records;
        this.ratings = ratings;
        this.licence = licence;
        this.licenceUrl = licenceUrl;
    }

    public OpenDataCatalogue catalogue() {
        return new OpenDataCatalogue(licence, licenceUrl, List.of(SERVICE_RECORDS, RATINGS_BY_MONTH, OBSERVATIONS));
    }

    public String licence() {
        return licence + " (" + licenceUrl + ")";
    }

    /** The dataset's fields and rows (each row in the fields' order). */
    public record Table(OpenDataset dataset, List<List<Object>> rows) {
        public List<Map<String, Object>> asObjects() {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> row : rows) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    object.put(dataset.fields().get(i).name(), row.get(i));
                }
                objects.add(object);
            }
            return objects;
        }
    }

    @Transactional
    public Table table(String name) {
        return switch (name) {
            case "service-records" -> new Table(SERVICE_RECORDS, serviceRecords());
            case "ratings-by-month" -> new Table(RATINGS_BY_MONTH, ratingsByMonth());
            case "indicator-observations" -> new Table(OBSERVATIONS, observations());
            default -> throw ProblemException.notFound("dataset", name);
        };
    }

    private List<List<Object>> serviceRecords() {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceRecordView r : records.of(services.allLive(), records.period(null, null))) {
            ServiceRef service = r.service();
            rows.add(java.util.Arrays.asList(
                    service.slug(),
                    service.name(),
                    r.from(),
                    r.to(),
                    r.coCommissioning().supports(),
                    r.coDesign().ideas(),
                    r.coDesign().answeredShare(),
                    r.coDelivery().shifts(),
                    r.coDelivery().approvedHours(),
                    r.coDelivery().contributions(),
                    r.coAssessment().ratings(),
                    r.coAssessment().mean(),
                    r.changes().committed(),
                    r.balance().voice(),
                    r.balance().action()));
        }
        return rows;
    }

    private List<List<Object>> ratingsByMonth() {
        Map<UUID, ServiceRef> live = new LinkedHashMap<>();
        services.allLive().forEach(s -> live.put(s.id(), s));
        List<List<Object>> rows = new ArrayList<>();
        ratings.allMonths().forEach((serviceId, months) -> {
            ServiceRef service = live.get(serviceId);
            if (service != null) {
                months.forEach(m -> rows.add(java.util.Arrays.asList(
                        service.slug(), YearMonth.from(m.month()).toString(), m.ratings(), m.mean(), m.netScore())));
            }
        });
        return rows;
    }

    private List<List<Object>> observations() {
        Map<UUID, ServiceRef> live = new LinkedHashMap<>();
        services.allLive().forEach(s -> live.put(s.id(), s));
        List<List<Object>> rows = new ArrayList<>();
        for (Object row : db.createNativeQuery("""
                        SELECT i.service_id, i.name, i.unit, i.better, o.observed_on, o.value
                        FROM observations o JOIN indicators i ON i.id = o.indicator_id
                        ORDER BY i.service_id, lower(i.name), o.observed_on
                        """).getResultList()) {
            Object[] c = (Object[]) row;
            ServiceRef service = live.get((UUID) c[0]);
            if (service != null) {
                LocalDate date = c[4] instanceof Date d ? d.toLocalDate() : (LocalDate) c[4];
                rows.add(java.util.Arrays.asList(
                        service.slug(), c[1], c[2], c[3], date, Decimals.plain((BigDecimal) c[5])));
            }
        }
        return rows;
    }

    /** RFC 4180 CSV: a header of the field names, then the rows; empty for nulls. */
    public static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(
                        ",",
                        table.dataset().fields().stream()
                                .map(OpenDataset.Field::name)
                                .toList()))
                .append("\r\n");
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(cell(value));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static OpenDataset.Field field(String name, String type, String description) {
        return new OpenDataset.Field(name, type, description);
    }
}
