package org.coproduce.testing;

import io.quarkus.test.oidc.client.OidcTestClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the in-process OIDC dev service (password grant). Users: alice (admin),
 * sam (staff of riverside-parks), olga (staff of riverside-environment), bob and carol (citizens).
 */
public final class Tokens {
    private static final OidcTestClient CLIENT = new OidcTestClient();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {}

    /** A client-credentials token of the test client (an integrator) with these scopes. */
    public static String integrator(String scopes) {
        return CACHE.computeIfAbsent("client:" + scopes, s -> CLIENT.getClientAccessToken(Map.of("scope", scopes)));
    }

    public static String of(String user) {
        return CACHE.computeIfAbsent(user, u -> CLIENT.getAccessToken(u, u));
    }
}
