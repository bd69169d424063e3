package org.coproduce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forged and stale bearer tokens are refused with 401 by the packaged application in its
 * production configuration (issuer and audience checked). This test is the identity provider: the
 * application trusts its key, so it can sign tokens right in every way but one. (A @QuarkusTest
 * cannot do this: the OIDC dev service other tests start stays configured for the whole run.)
 */
class TokenAttacksIT {
    private static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new PackagedApp("token-attacks");
        app.start(false);
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    private static String good() {
        return app.token("token-attacks-bob", Set.of("citizen"));
    }

    private static HttpResponse<String> me(String token) throws Exception {
        return app.send("GET", "/api/v1/me", token, null, Map.of());
    }

    private static void assertRefused(String token) throws Exception {
        HttpResponse<String> answer = me(token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static String unsigned(String json) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    @Test
    void aTokenRightInEveryWayIsAccepted() throws Exception {
        HttpResponse<String> answer = me(good());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("token-attacks-bob");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertRefused(app.claims("token-attacks-bob", Set.of("citizen"))
                .issuedAt(past)
                .expiresAt(past.plus(Duration.ofMinutes(5)))
                .sign(PackagedApp.privateKey("trusted-private.pem")));
    }

    @Test
    void aTokenNotYetValidIsRefused() throws Exception {
        assertRefused(app.claims("token-attacks-bob", Set.of("citizen"))
                .claim("nbf", Instant.now().plus(Duration.ofHours(1)).getEpochSecond())
                .sign(PackagedApp.privateKey("trusted-private.pem")));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(app.claims("token-attacks-bob", Set.of("citizen"))
                .issuer("https://evil.example/realms/coproduce")
                .sign(PackagedApp.privateKey("trusted-private.pem")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(app.claims("token-attacks-bob", Set.of("citizen"))
                .audience("another-api")
                .sign(PackagedApp.privateKey("trusted-private.pem")));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertRefused(unsigned("{\"iss\":\"" + PackagedApp.ISSUER + "\",\"aud\":\"" + PackagedApp.AUDIENCE
                + "\",\"sub\":\"token-attacks-bob\",\"realm_access\":{\"roles\":[\"admin\"]},\"iat\":" + (now - 5)
                + ",\"exp\":" + (now + 300) + "}"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        assertRefused(app.claims("token-attacks-bob", Set.of("citizen"))
                .sign(PackagedApp.privateKey("untrusted-private.pem")));
    }

    @Test
    void aTokenSignedWithThePublicKeyAsAnHmacSecretIsRefused() throws Exception {
        // The "algorithm confusion" attack: HS256 keyed with the RSA public key everyone can read.
        byte[] secret = PackagedApp.resource("trusted-public.pem").getBytes(StandardCharsets.US_ASCII);
        assertRefused(app.claims("token-attacks-bob", Set.of("admin"))
                .jws()
                .algorithm(SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(secret, "HmacSHA256")));
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = good().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"citizen\"", "\"admin\"");
        assertRefused(parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2]);
    }

    @Test
    void gibberishIsRefused() throws Exception {
        assertRefused("not-a-token");
        assertRefused("a.b.c");
    }
}
