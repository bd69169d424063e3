package org.coproduce.shared.security;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.coproduce.shared.api.ProblemLanguage;
import org.coproduce.shared.api.ProblemType;

/**
 * Credentials are checked before a request reaches the REST layer, so a bad bearer token fails
 * there. This answers such failures under /api with the same problem+json as every other error.
 */
@Singleton
public class AuthenticationFailures {

    void install(@Observes Router router) {
        router.route("/api/*").order(-1000).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (!(failure instanceof AuthenticationFailedException || failure instanceof AuthenticationException)
                || context.response().headWritten()) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer");
        ProblemLanguage.send(
                context, ProblemType.NOT_SIGNED_IN.problem("Your credentials are missing, invalid or expired."));
    }
}
