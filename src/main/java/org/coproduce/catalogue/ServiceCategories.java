package org.coproduce.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coproduce.shared.api.ProblemException;

/** Reads a category filter, so an unknown one is a 400 that lists the valid ones (JAX-RS would say 404). */
final class ServiceCategories {
    private ServiceCategories() {}

    static ServiceCategory parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ServiceCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "category",
                    "must be one of "
                            + Arrays.stream(ServiceCategory.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
