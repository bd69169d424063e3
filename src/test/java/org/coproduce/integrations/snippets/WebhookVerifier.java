package org.coproduce.integrations.snippets;

// snippet-start
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies a Coproduce webhook (Standard Webhooks) with the JDK alone. */
public final class WebhookVerifier {
    private final byte[] key;

    public WebhookVerifier(String secret) {
        this.key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
    }

    /** headers: lower-case names; rawBody: the body exactly as received. */
    public boolean verify(Map<String, String> headers, String rawBody, Instant now) throws GeneralSecurityException {
        String id = headers.get("webhook-id");
        String timestamp = headers.get("webhook-timestamp");
        String signatures = headers.get("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        // Refuse replays: the timestamp is signed, so an old message cannot be re-dated.
        if (Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((id + "." + timestamp + "." + rawBody).getBytes(StandardCharsets.UTF_8));
        for (String signature : signatures.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2
                    && parts[0].equals("v1")
                    && MessageDigest.isEqual(Base64.getDecoder().decode(parts[1]), expected)) {
                return true;
            }
        }
        return false;
    }
}
// snippet-end
