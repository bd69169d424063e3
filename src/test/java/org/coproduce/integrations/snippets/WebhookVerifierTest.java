package org.coproduce.integrations.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java snippet of docs/integrators.md: it verifies the Standard Webhooks test vector, and the
 * guide shows exactly this code, so the two cannot drift apart.
 */
class WebhookVerifierTest {
    private static final Map<String, String> HEADERS = Map.of(
            "webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "webhook-timestamp", "1614265330",
            "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    private static final String BODY = "{\"test\": 2432232314}";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330);

    @Test
    void itAcceptsTheSpecificationTestVectorAndRefusesTampering() throws Exception {
        WebhookVerifier verifier = new WebhookVerifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertThat(verifier.verify(HEADERS, BODY, THEN)).isTrue();
        assertThat(verifier.verify(HEADERS, "{\"test\": 2432232315}", THEN)).isFalse();
        assertThat(verifier.verify(HEADERS, BODY, THEN.plusSeconds(3600))).isFalse();
        assertThat(new WebhookVerifier("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]))
                        .verify(HEADERS, BODY, THEN))
                .isFalse();
    }

    @Test
    void theGuideShowsThisVeryCode() throws Exception {
        String source =
                Files.readString(Path.of("src/test/java/org/coproduce/integrations/snippets/WebhookVerifier.java"));
        String snippet = source.substring(
                        source.indexOf("// snippet-start") + "// snippet-start".length(),
                        source.indexOf("// snippet-end"))
                .strip();
        String guide = Files.readString(Path.of("docs/integrators.md"));
        assertThat(guide).contains(snippet);
        String javascript =
                Files.readString(Path.of("docs/snippets/verify-webhook.mjs")).strip();
        assertThat(guide).contains(javascript);
    }
}
