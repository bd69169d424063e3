package org.coproduce.shared.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's front door: where its contract and documentation are. It is the same for everyone and
 * reads nothing, so it also serves as the application's own ceiling in the benchmarks (what a
 * request costs before any feature's work).
 */
@Path("/v1")
@Tag(name = "API")
@Produces(MediaType.APPLICATION_JSON)
public class ApiIndexResource {
    private static final ApiIndex INDEX = new ApiIndex(
            "Coproduce API",
            "1",
            Map.of(
                    "contract", "/q/openapi",
                    "services", "/api/v1/services",
                    "ideas", "/api/v1/ideas",
                    "opportunities", "/api/v1/opportunities"));

    /** The index: the API's name, version and where to start. */
    @Schema(description = "The API's name, version and links to its contract and main collections")
    public record ApiIndex(
            @Schema(examples = "Coproduce API") String name,
            @Schema(examples = "1") String version,
            Map<String, String> links) {}

    @GET
    @Operation(summary = "The API's name, version and where to start")
    @APIResponse(responseCode = "200", description = "The index")
    public ApiIndex index() {
        return INDEX;
    }
}
