package org.coproduce.integrations;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves Open311 where council systems look for it, {@code /open311/v2/...}: requests are
 * re-routed to the REST resource under {@code /api/open311/v2/...}, so they pass the same
 * authentication, rate limits and error handling as the rest of the API.
 */
@ApplicationScoped
class Open311Routes {
    void install(@Observes Router router) {
        router.route("/open311/v2/*").order(-1000).handler(context -> {
            String query = context.request().query();
            context.reroute("/api" + context.request().path() + (query == null ? "" : "?" + query));
        });
    }
}
