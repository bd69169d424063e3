package org.coproduce.shared.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Which organisation the calling machine client acts for. Implemented by {@code integrations},
 * where admins tie each client to one organisation, so that features can confine a client to its
 * organisation's data without depending on that feature.
 */
public interface MachineClients {
    /** Empty for a person, or for a client nobody has tied to an organisation. */
    Optional<UUID> callersOrganisation();

    /**
     * The caller's organisation when it is a client with {@code scope}; otherwise 403 with the
     * reason (no scope, or not tied to an organisation).
     */
    UUID requireOrganisation(String scope);
}
