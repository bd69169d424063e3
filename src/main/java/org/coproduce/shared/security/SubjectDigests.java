package org.coproduce.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stands in for an identity provider's subject in rows kept for a while after a request (rate-limit
 * windows, idempotency keys, ended sessions): the rows still match the same caller, but once the
 * person erases their account no row names their subject.
 */
public final class SubjectDigests {
    private SubjectDigests() {}

    public static String of(String subject) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
