package org.coproduce.accounts;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * Holds the signed-in person for the rest of the request, so permission checks do not look them
 * up again. Reached through methods only: a field read on the CDI proxy would bypass the request scope.
 */
@RequestScoped
class CurrentPersonCache {
    private PersonRef person;

    PersonRef computeIfAbsent(Supplier<PersonRef> lookup) {
        if (person == null) {
            person = lookup.get();
        }
        return person;
    }
}
