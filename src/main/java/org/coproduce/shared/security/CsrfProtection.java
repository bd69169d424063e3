package org.coproduce.shared.security;

import io.quarkus.runtime.LaunchMode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.coproduce.shared.api.ProblemResponses;
import org.coproduce.shared.api.ProblemType;

/**
 * Double-submit CSRF protection for writes authenticated by the session cookie: the portal copies
 * the {@code coproduce-csrf} cookie into the {@code X-CSRF-Token} header, which another site cannot
 * read or set. Bearer-token clients are not exposed to CSRF and are not asked for it.
 */
@Provider
public class CsrfProtection implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String COOKIE = "coproduce-csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || request.getHeaderString("Authorization") != null
                || !hasSessionCookie(request)) {
            return;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String header = request.getHeaderString(HEADER);
        if (cookie == null || header == null || !constantTimeEquals(cookie.getValue(), header)) {
            request.abortWith(ProblemResponses.of(
                    ProblemType.FORBIDDEN,
                    "This request lacks a valid " + HEADER + " header. Reload the page and try again."));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getCookies().containsKey(COOKIE)) {
            return;
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        response.getHeaders()
                .add(
                        "Set-Cookie",
                        new NewCookie.Builder(COOKIE)
                                .value(Base64.getUrlEncoder().withoutPadding().encodeToString(token))
                                .path("/")
                                .secure(LaunchMode.current() == LaunchMode.NORMAL)
                                .sameSite(NewCookie.SameSite.STRICT)
                                .build());
    }

    private static boolean hasSessionCookie(ContainerRequestContext request) {
        return request.getCookies().keySet().stream().anyMatch(name -> name.startsWith("q_session"));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(), b.getBytes());
    }
}
