package org.coproduce.outcomes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.PublicReadCache;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for a service's four-Co's record. */
@Path("/v1/services/{id}/record")
@Tag(name = "Outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {
    private final ServiceRecords records;

    ServiceRecordResource(ServiceRecords records) {
        this.records = records;
    }

    @GET
    @Operation(
            summary = "The service's four-Co's record for a period",
            description = "Co-commissioning (supports), co-design (ideas, share answered, median days to first answer,"
                    + " accepted, implemented), co-delivery (shifts, places filled, approved hours and their value,"
                    + " no-show rate, everyday contributions), co-assessment (ratings, mean, net score, by whole months),"
                    + " changes committed and confirmed, and the balance of voice and action month by month."
                    + " Default period: the last 12 months.")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "400", description = "A malformed date, from after to, or more than 60 months")
    @APIResponse(responseCode = "404", description = "No such service")
    @PublicReadCache.Cached
    public ServiceRecordView record(
            @Parameter(description = "The service's id or slug") @PathParam("id") String service,
            @Parameter(description = "First day, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2026-12-31 (default today)") @QueryParam("to") String to) {
        return records.of(service, date("from", from), date("to", to));
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date like 2026-10-31");
        }
    }
}
