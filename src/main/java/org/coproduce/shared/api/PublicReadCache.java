package org.coproduce.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduce.shared.security.CurrentIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A very short-lived cache of public reads for people who are not signed in: when a consultation
 * goes viral, thousands of visitors ask for the same first page of ideas every second, and one
 * answer a second serves them all. Only 200 answers of endpoints marked {@link Cached}, only for
 * anonymous callers (signed-in people, staff and integrators always read the database), and for
 * {@code coproduce.public-cache.ttl} (1 second; 0 turns it off), and while one request reads an
 * expired answer afresh the others get the old one for up to another ttl. So an anonymous visitor may
 * see a count a second or two old, and nothing else changes. Each instance has its own: it is an
 * optimisation that no other instance relies on.
 */
@ApplicationScoped
public class PublicReadCache {
    /** Marks a GET whose answer is the same for every anonymous caller, so it may be cached briefly. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Cached {}

    private static final String KEY = PublicReadCache.class.getName() + ".key";
    /** Enough for every popular page; past it the cache starts again rather than grow. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(
            long expiresAt,
            int status,
            Object entity,
            MultivaluedMap<String, Object> headers,
            java.util.concurrent.atomic.AtomicBoolean refreshing) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final CurrentIdentity identity;
    private final long ttlNanos;

    PublicReadCache(CurrentIdentity identity, @ConfigProperty(name = "coproduce.public-cache.ttl") Duration ttl) {
        this.identity = identity;
        this.ttlNanos = ttl.toNanos();
    }

    /** Runs after the request limits (a cached answer still counts against the caller's). */
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response answerFromCache(ContainerRequestContext request, ResourceInfo resource) {
        if (ttlNanos <= 0
                || !"GET".equals(request.getMethod())
                || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(Cached.class)
                || identity.isSignedIn()) {
            return null;
        }
        String key = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        Entry entry = entries.get(key);
        long now = System.nanoTime();
        // When an answer expires, one request reads it afresh while the others still get the old one
        // (for at most another ttl): otherwise every visitor of that second would go to the database.
        if (entry != null
                && (entry.expiresAt() - now > 0
                        || (entry.expiresAt() + ttlNanos - now > 0
                                && !entry.refreshing().compareAndSet(false, true)))) {
            Response.ResponseBuilder answer = Response.status(entry.status()).entity(entry.entity());
            entry.headers().forEach((name, values) -> values.forEach(value -> answer.header(name, value)));
            return answer.build();
        }
        request.setProperty(KEY, key);
        return null;
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(KEY) instanceof String key)) {
            return;
        }
        if (response.getStatus() != 200) {
            Entry stale = entries.get(key);
            if (stale != null) {
                stale.refreshing().set(false); // let the next request try again
            }
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        response.getHeaders().forEach((name, values) -> {
            if (!name.toLowerCase(java.util.Locale.ROOT).startsWith("ratelimit")
                    && !name.equalsIgnoreCase("X-Request-Id")) {
                headers.put(name, java.util.List.copyOf(values));
            }
        });
        entries.put(
                key,
                new Entry(
                        System.nanoTime() + ttlNanos,
                        200,
                        response.getEntity(),
                        headers,
                        new java.util.concurrent.atomic.AtomicBoolean()));
    }
}
