package org.coproduce.ideas;

import java.util.Arrays;
import org.coproduce.shared.api.ProblemException;

/** The orders ideas can be listed in; each is backed by an index. */
public enum IdeaSort {
    NEWEST("newest", "i.created_at DESC, i.id DESC", "i.created_at", "<"),
    MOST_SUPPORTED("most-supported", "i.support_count DESC, i.id DESC", "i.support_count", "<"),
    RECENTLY_ANSWERED("recently-answered", "i.answered_at DESC NULLS LAST, i.id DESC", "i.answered_at", "<"),
    /** The review queue: the idea that has waited longest first. */
    LONGEST_WAITING("longest-waiting", "i.created_at ASC, i.id ASC", "i.created_at", ">");

    final String parameter;
    final String orderBy;
    final String key;
    final String after;

    IdeaSort(String parameter, String orderBy, String key, String after) {
        this.parameter = parameter;
        this.orderBy = orderBy;
        this.key = key;
        this.after = after;
    }

    static IdeaSort parse(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values())
                .filter(sort -> sort.parameter.equals(value) && sort != LONGEST_WAITING)
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(
                        "sort", "must be one of newest, most-supported, recently-answered"));
    }
}
