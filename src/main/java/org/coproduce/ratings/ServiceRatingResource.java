package org.coproduce.ratings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.coproduce.shared.api.Idempotency;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.api.PublicReadCache;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for a service's ratings: its reviews, its summary, and rating it. */
@Path("/v1/services/{id}/ratings")
@Tag(name = "Ratings")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceRatingResource {
    private final Ratings ratings;
    private final Reviews reviews;
    private final RatingSummaries summaries;
    private final Idempotency idempotency;
    private final CurrentIdentity identity;

    ServiceRatingResource(
            Ratings ratings,
            Reviews reviews,
            RatingSummaries summaries,
            Idempotency idempotency,
            CurrentIdentity identity) {
        this.ratings = ratings;
        this.reviews = reviews;
        this.summaries = summaries;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "A service's public reviews (ratings with words)")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    @APIResponse(responseCode = "400", description = "Unknown sort or filter value, or a bad cursor")
    @APIResponse(responseCode = "404", description = "No such service")
    @PublicReadCache.Cached
    public RatingPage reviews(
            @Parameter(description = "The service's id or slug") @PathParam("id") String service,
            @Parameter(description = "newest (default), lowest or highest score first")
                    @QueryParam("sort")
                    @DefaultValue("newest")
                    String sort,
            @Parameter(description = "true: only reviews with a reply; false: only those without")
                    @QueryParam("replied")
                    String replied,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return reviews.page(service, sortOf(sort), booleanOf("replied", replied), cursor, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITIZEN, Roles.INTEGRATOR})
    @Operation(
            summary = "Rate the service",
            description = "One rating per person per service within the rating window (90 days unless the"
                    + " instance changes it): a second one is refused with 409 and the first is changed with"
                    + " PUT /api/v1/ratings/{id}. Integrators with the coproduce:write scope import ratings"
                    + " with a source and externalId; resubmitting the same pair answers 200 with the"
                    + " rating first received and changes nothing.")
    @APIResponse(
            responseCode = "201",
            description = "Rated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "200", description = "Imported before: nothing changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a score outside 1 to 5")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "An integrator without the coproduce:write scope")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "409", description = "Already rated within the window, or the service is archived")
    @APIResponse(responseCode = "429", description = "Too many ratings in a short time")
    public Response rate(
            @Parameter(description = "The service's id or slug") @PathParam("id") String service,
            @Valid @NotNull RatingInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, identity.subject(), uri.getPath(), input, () -> {
            Ratings.Rated rated = ratings.rate(service, input);
            RatingView view = rated.rating();
            if (!rated.created()) {
                return Response.ok(view).tag(Long.toString(view.version())).build();
            }
            return Response.created(uri.getBaseUriBuilder()
                            .path("v1/ratings/" + view.id())
                            .build())
                    .entity(view)
                    .tag(Long.toString(view.version()))
                    .build();
        });
    }

    @GET
    @Path("summary")
    @Operation(
            summary = "The service's ratings in figures",
            description = "Count, mean, distribution, net score, dimension means and a 24-month trend, read"
                    + " from rollups kept exact as ratings arrive. Below 5 ratings only the count is given.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "No such service")
    @PublicReadCache.Cached
    public RatingSummaryView summary(
            @Parameter(description = "The service's id or slug") @PathParam("id") String service) {
        return summaries.of(service);
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "My rating of the service within the rating window, to change it")
    @APIResponse(
            responseCode = "200",
            description = "My current rating",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such service, or I have not rated it within the window")
    public Response mine(@Parameter(description = "The service's id or slug") @PathParam("id") String service) {
        RatingView mine = ratings.mine(service)
                .orElseThrow(() -> ProblemException.notFound("rating of yours for service", service));
        return Response.ok(mine).tag(Long.toString(mine.version())).build();
    }

    private static ReviewSort sortOf(String sort) {
        try {
            return ReviewSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("sort", "must be newest, lowest or highest");
        }
    }

    static Boolean booleanOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(name, "must be true or false");
        };
    }
}
