package org.coproduce.catalogue;

import java.util.Optional;
import java.util.UUID;

/** Paths accept an id or a slug; this tells them apart. */
final class Ids {
    private Ids() {}

    static Optional<UUID> parse(String value) {
        try {
            return value.length() == 36 ? Optional.of(UUID.fromString(value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
