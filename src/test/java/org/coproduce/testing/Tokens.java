package org.coproduce.testing;

import io.quarkus.test.oidc.client.OidcTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real access tokens from the in-process OIDC dev service (password grant). Users: alice (admin),
 * sam (staff of riverside-parks), olga (staff of riverside-environment), bob and carol (citizens).
 * Tokens are reused until a minute before they expire: the whole suite outlives one token.
 */
public final class Tokens {
    private static final OidcTestClient CLIENT = new OidcTestClient();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern EXPIRY = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");

    private Tokens() {}

    /** A client-credentials token of the test client (an integrator) with these scopes. */
    public static String integrator(String scopes) {
        return fresh("client:" + scopes, () -> CLIENT.getClientAccessToken(Map.of("scope", scopes)));
    }

    public static String of(String user) {
        return fresh(user, () -> CLIENT.getAccessToken(user, user));
    }

    private static String fresh(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, token) -> token != null && !expiresSoon(token) ? token : fetch.get());
    }

    private static boolean expiresSoon(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Matcher exp = EXPIRY.matcher(claims);
        return !exp.find()
                || Instant.ofEpochSecond(Long.parseLong(exp.group(1)))
                        .isBefore(Instant.now().plusSeconds(60));
    }
}
