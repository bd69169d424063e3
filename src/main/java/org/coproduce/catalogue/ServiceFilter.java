package org.coproduce.catalogue;

import java.util.UUID;

/** What a list of services is narrowed to, and where the page starts. */
record ServiceFilter(String q, UUID organisationId, ServiceCategory category, String area, String cursor, int limit) {

    boolean isSearch() {
        return q != null && !q.isBlank();
    }
}
