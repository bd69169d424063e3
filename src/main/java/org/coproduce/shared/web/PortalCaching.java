package org.coproduce.shared.web;

import io.quarkus.runtime.LaunchMode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How browsers may keep the portal's files. The built scripts and styles under /assets/ carry a hash
 * of their content in their names, so a browser keeps them for a year without asking again; the page
 * itself (index.html, served for every portal address) is checked on every visit, so that after a
 * new release nobody runs an old page that asks for scripts the release no longer has. The API and
 * /q/ set their own.
 */
@ApplicationScoped
public class PortalCaching {
    static final String ASSETS = "public, max-age=31536000, immutable";
    static final String PAGE = "no-cache";

    void install(@Observes Router router) {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return; // Vite serves the portal in dev mode, with its own rules
        }
        router.route().order(-1999).handler(context -> {
            String path = context.normalizedPath();
            if (!path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/auth/")) {
                context.addHeadersEndHandler(ignored -> cacheControl(context, path));
            }
            context.next();
        });
    }

    private static void cacheControl(RoutingContext context, String path) {
        if (context.response().getStatusCode() != 200) {
            return;
        }
        context.response().headers().set("Cache-Control", path.startsWith("/assets/") ? ASSETS : PAGE);
    }
}
