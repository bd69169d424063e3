package org.coproduce.shared.api;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads typed query parameters so that a malformed one is a 400 naming the parameter. JAX-RS
 * itself would answer 404 "not found", which misleads a client about what went wrong.
 */
public final class QueryParams {
    private QueryParams() {}

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
