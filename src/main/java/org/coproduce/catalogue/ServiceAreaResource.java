package org.coproduce.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The areas services declare, for the directory's area filter. */
@Path("/v1/service-areas")
@Tag(name = "Services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceAreaResource {
    private final PublicServices services;

    ServiceAreaResource(PublicServices services) {
        this.services = services;
    }

    @GET
    @Operation(summary = "The distinct areas live services serve, in order")
    @APIResponse(responseCode = "200", description = "All areas (never more than one page)")
    public StringPage areas() {
        return new StringPage(services.areas(), null);
    }
}
