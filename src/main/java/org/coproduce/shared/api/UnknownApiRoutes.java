package org.coproduce.shared.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Answers a path under /api that no endpoint serves with a problem+json 404, not an HTML page. */
@Singleton
public class UnknownApiRoutes {

    void install(@Observes Router router) {
        router.route("/api/*")
                .order(Integer.MAX_VALUE - 100)
                .handler(context -> ProblemLanguage.send(
                        context, ProblemType.NOT_FOUND.problem("There is nothing at this address.")));
    }
}
