package org.coproduce.accounts;

import java.util.UUID;

/** What other features may know of a person: the id and the name to show. */
public record PersonRef(UUID id, String displayName, String email) {
    static PersonRef of(Person person) {
        return new PersonRef(person.id, person.displayName, person.email);
    }
}
