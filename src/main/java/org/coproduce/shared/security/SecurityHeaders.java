package org.coproduce.shared.security;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers that keep the portal and API from being framed, sniffed or fed injected scripts, on
 * every response. Scripts and styles come only from Coproduce itself: the portal has no inline
 * script. Dev mode leaves out the policy that would stop Vite's hot reload, and HSTS, which would
 * pin localhost to https.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    private final boolean devMode = LaunchMode.current() == LaunchMode.DEVELOPMENT;

    void install(@Observes Router router) {
        router.route().order(-2000).handler(context -> {
            context.addHeadersEndHandler(
                    ignored -> addHeaders(context.response().headers()));
            context.next();
        });
    }

    private void addHeaders(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(self), payment=()");
        if (!devMode) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
