package org.coproduce.shared.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.SubjectDigests;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits on every API request, beyond the per-action limits of {@link RateLimits}: writes per
 * person ({@code writes}) and per machine client ({@code client-writes}), and every request
 * without a sign-in per address ({@code anonymous-reads}). Configured like the others under
 * {@code coproduce.rate-limits.actions}; counted by {@link SharedCounters}, so all instances share
 * them. Limited responses carry the RateLimit headers; a refusal is 429 with Retry-After.
 */
@ApplicationScoped
public class RequestRateLimits {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String QUOTA = RequestRateLimits.class.getName() + ".quota";

    private final SharedCounters counters;
    private final RateLimits.Settings settings;
    private final CurrentIdentity identity;

    RequestRateLimits(SharedCounters counters, RateLimits.Settings settings, CurrentIdentity identity) {
        this.counters = counters;
        this.settings = settings;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String caller;
        String action;
        if (!identity.isSignedIn()) {
            caller = "address:"
                    + (http.remoteAddress() == null
                            ? "unknown"
                            : http.remoteAddress().host());
            action = "anonymous-reads";
        } else if (READS.contains(request.getMethod())) {
            return null;
        } else if (identity.isPerson()) {
            caller = "person:" + SubjectDigests.of(identity.subject());
            action = "writes";
        } else {
            caller = "client:" + identity.clientId().orElse(identity.subject());
            action = "client-writes";
        }
        RateLimits.Settings.Limit limit = settings.actions().get(action);
        if (limit == null) {
            return null;
        }
        try {
            request.setProperty(QUOTA, counters.hit(caller, action, limit));
            return null;
        } catch (RateLimits.TooManyRequests refused) {
            return new ProblemMappers().problem(refused);
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(QUOTA) instanceof RateLimits.Quota quota) {
            quota.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }
}
