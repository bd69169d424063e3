package org.coproduce.shared.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort key values of the last row of a page, so the next page starts
 * right after it however many rows were inserted meanwhile. Clients must not build them.
 */
public final class Cursors {
    private static final String SEPARATOR = "\u001f";

    private Cursors() {}

    public static String encode(String... keys) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The keys in the cursor, which must hold exactly {@code count} of them; 400 otherwise. */
    public static List<String> decode(String cursor, int count) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = Arrays.asList(decoded.split(SEPARATOR, -1));
            if (keys.size() == count) {
                return keys;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as a cursor with the wrong number of keys
        }
        throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
    }

    /** The commonest cursor: a time and an id (newest or oldest first, ties broken by id). */
    public record InstantAndId(Instant at, UUID id) {}

    /** Decodes a cursor of a time and an id; 400 for anything this API did not give out. */
    public static InstantAndId instantAndId(String cursor) {
        List<String> keys = decode(cursor, 2);
        try {
            return new InstantAndId(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
