package org.coproduce.shared.api;

import java.util.Arrays;

/** Strong entity tags from a resource's version, and the If-Match check that guards updates. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when there is no {@code If-Match} (the client opts out), when it is {@code *}, or when
     * it names the current version; otherwise 412, so a client never overwrites a change it has not seen.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(current::equals);
        if (!matches) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "This was changed after you read it (it is now at version " + currentVersion
                            + "). Read it again, then make your change.");
        }
    }
}
