package org.coproduce.shared.security;

import java.util.List;
import java.util.UUID;

/**
 * Which organisations a person acts for as staff. Implemented by the catalogue, which owns
 * organisations, so that other features can ask without depending on it.
 */
public interface StaffDirectory {

    /** A short reference to an organisation. */
    record OrganisationRef(UUID id, String slug, String name) {}

    List<OrganisationRef> organisationsOf(UUID personId);
}
