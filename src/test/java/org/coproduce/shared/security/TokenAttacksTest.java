package org.coproduce.shared.security;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Forged and stale bearer tokens are refused with 401. The application here trusts one known key
 * (test resources), one issuer and one audience, as a production deployment trusts its identity
 * provider's: so the test can sign tokens that are right in every way but one.
 */
@QuarkusTest
@TestProfile(TokenAttacksTest.OwnIdentityProvider.class)
class TokenAttacksTest {
    static final String ISSUER = "https://id.coproduce.test/realms/coproduce";
    static final String AUDIENCE = "coproduce";

    /** The identity provider's settings a deployment would have, pointed at the test's own key. */
    public static class OwnIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.devservices.enabled", "false",
                    // A known key needs the bearer-only mode; the browser sign-in is not under test.
                    "quarkus.oidc.application-type", "service",
                    "quarkus.oidc.logout.path", "",
                    "quarkus.oidc.logout.post-logout-path", "",
                    "quarkus.oidc.public-key", publicKey(),
                    "quarkus.oidc.token.issuer", ISSUER,
                    "quarkus.oidc.token.audience", AUDIENCE,
                    "quarkus.oidc.client-id", "coproduce-portal",
                    "quarkus.oidc.credentials.secret", "unused");
        }

        @Override
        public String getConfigProfile() {
            return "test";
        }
    }

    private static String resource(String name) {
        try (InputStream in = TokenAttacksTest.class.getResourceAsStream("/token-attacks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKey() {
        return resource("trusted-public.pem")
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
    }

    private static PrivateKey privateKey(String name) {
        try {
            byte[] der = Base64.getDecoder()
                    .decode(resource(name).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token right in every way: each test changes one thing. */
    private static JwtClaimsBuilder good() {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("token-attacks-bob")
                .claim("name", "Bob Token")
                .claim("email", "token-attacks-bob@example.com")
                .groups(Set.of("citizen"))
                .issuedAt(now.minusSeconds(5))
                .expiresAt(now.plus(Duration.ofMinutes(5)));
    }

    private static int status(String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .extract()
                .statusCode();
    }

    private static String unsigned(String json) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    @Test
    void aTokenRightInEveryWayIsAccepted() {
        RestAssured.given()
                .auth()
                .oauth2(good().sign(privateKey("trusted-private.pem")))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", is("Bob Token"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        assertRefused(good().issuedAt(past)
                .expiresAt(past.plus(Duration.ofMinutes(5)))
                .sign(privateKey("trusted-private.pem")));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertRefused(
                good().claim("nbf", Instant.now().plus(Duration.ofHours(1)).getEpochSecond())
                        .sign(privateKey("trusted-private.pem")));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRefused(good().issuer("https://evil.example/realms/coproduce").sign(privateKey("trusted-private.pem")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRefused(good().audience("another-api").sign(privateKey("trusted-private.pem")));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        long now = Instant.now().getEpochSecond();
        assertRefused(unsigned("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"token-attacks-bob\","
                + "\"groups\":[\"admin\"],\"iat\":" + (now - 5) + ",\"exp\":" + (now + 300) + "}"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertRefused(good().sign(privateKey("untrusted-private.pem")));
    }

    @Test
    void aTokenSignedWithThePublicKeyAsAnHmacSecretIsRefused() {
        // The "algorithm confusion" attack: HS256 keyed with the RSA public key everyone can read.
        byte[] secret = resource("trusted-public.pem").getBytes(StandardCharsets.US_ASCII);
        assertRefused(good().signWithSecret(new String(secret, StandardCharsets.US_ASCII)));
        assertRefused(good().jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(secret, "HmacSHA256")));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = good().sign(privateKey("trusted-private.pem"));
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"citizen\"", "\"admin\"");
        assertRefused(parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2]);
    }

    @Test
    void gibberishIsRefused() {
        assertRefused("not-a-token");
        assertRefused("a.b.c");
    }

    private static void assertRefused(String token) {
        RestAssured.given()
                .auth()
                .oauth2(token)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(status(token)).isEqualTo(401);
    }
}
