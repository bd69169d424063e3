package org.coproduce.shared.api;

import java.util.List;
import java.util.function.Function;

/**
 * One keyset page: every list query fetches {@code limit + 1} rows, and the extra row only says
 * whether a next page exists; the cursor holds the sort keys of the page's last row.
 */
public record KeysetPage<T>(List<T> rows, String nextCursor) {

    public static <T> KeysetPage<T> of(List<T> fetched, int limit, Function<T, List<String>> sortKeys) {
        if (fetched.size() <= limit) {
            return new KeysetPage<>(fetched, null);
        }
        List<T> rows = fetched.subList(0, limit);
        return new KeysetPage<>(
                rows, Cursors.encode(sortKeys.apply(rows.get(limit - 1)).toArray(String[]::new)));
    }
}
