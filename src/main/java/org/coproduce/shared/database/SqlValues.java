package org.coproduce.shared.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads values from native query rows, whose Java types depend on the driver and Hibernate version. */
public final class SqlValues {
    private SqlValues() {}

    /** A {@code timestamptz} column as an Instant, or null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
