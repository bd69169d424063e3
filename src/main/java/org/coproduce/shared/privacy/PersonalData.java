package org.coproduce.shared.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/**
 * What one feature holds about a person, for "download my data" and "erase my account". Each
 * feature answers for its own tables, so accounts never reads another feature's tables.
 */
public interface PersonalData {
    /** Every record about the person this feature holds, by the name of its part of the export. */
    Map<String, JsonNode> export(UUID personId);

    /**
     * Deletes what is personal and private. Public content stays (it is shown as by a former
     * participant) and so do the records counts and aggregates are made of, now tied to nobody.
     * Runs in the erasure's transaction, before accounts forgets who the person was.
     */
    void erase(UUID personId);
}
