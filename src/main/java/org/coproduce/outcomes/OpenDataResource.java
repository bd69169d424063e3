package org.coproduce.outcomes;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.coproduce.shared.api.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for open data: the dictionary, and each dataset as CSV or JSON. */
@Path("/v1/open-data")
@Tag(name = "Outcomes")
public class OpenDataResource {
    private final OpenData openData;

    OpenDataResource(OpenData openData) {
        this.openData = openData;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The open datasets, their data dictionary and licence")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public OpenDataCatalogue catalogue() {
        return openData.catalogue();
    }

    @GET
    @Path("{dataset}")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "One open dataset, as CSV (the default) or JSON",
            description = "service-records, ratings-by-month or indicator-observations. Aggregates only; means below 5"
                    + " ratings are left empty. The licence is in the Link header and in the JSON.")
    @APIResponse(
            responseCode = "200",
            description = "The dataset",
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING),
                        example = "service,month,ratings,mean,net_score\ncommunity-gardens,2026-10,12,4.25,50.0\n"),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.OBJECT),
                        example =
                                "{\"dataset\": \"ratings-by-month\", \"licence\": {\"name\": \"Open Government Licence"
                                        + " v3.0\"}, \"rows\": [{\"service\": \"community-gardens\", \"month\": \"2026-10\","
                                        + " \"ratings\": 12, \"mean\": 4.25, \"net_score\": 50.0}]}")
            })
    @APIResponse(responseCode = "400", description = "format is neither csv nor json")
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response dataset(
            @PathParam("dataset") String name,
            @Parameter(description = "csv (default) or json") @QueryParam("format") @DefaultValue("csv")
                    String format) {
        OpenData.Table table = openData.table(name);
        String licence = "<" + openData.catalogue().licenceUrl() + ">; rel=\"license\"";
        return switch (format) {
            case "csv" ->
                Response.ok(OpenData.csv(table), "text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                        .header("Link", licence)
                        .build();
            case "json" ->
                Response.ok(
                                Map.of(
                                        "dataset",
                                        table.dataset(),
                                        "licence",
                                        openData.licence(),
                                        "rows",
                                        table.asObjects()),
                                MediaType.APPLICATION_JSON)
                        .header("Link", licence)
                        .build();
            default -> throw ProblemException.invalidField("format", "must be csv or json");
        };
    }
}
