package org.coproduce.accounts;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * Where the portal sends a person to sign in: {@code /auth/sign-in?returnTo=/path}. The path is
 * protected in configuration, so Quarkus runs the authorization-code flow first; by the time this
 * runs the session exists, and the person goes back to the page they came from. A plain route, not
 * a REST resource, because the REST layer is mounted under /api.
 */
@Singleton
public class SignInRoute {
    /** Only paths on this site, so the sign-in can never be used to send someone elsewhere. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[\\w\\-./?=&%~+]*$");

    void install(@Observes Router router) {
        router.get("/auth/sign-in").handler(this::signIn);
    }

    private void signIn(RoutingContext context) {
        String returnTo = context.queryParams().get("returnTo");
        String target = returnTo != null && LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/";
        context.response().setStatusCode(303).putHeader("Location", target).end();
    }
}
