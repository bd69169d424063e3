package org.coproduce.ideas;

import java.util.List;

/** An idea's co-authors (at most {@value Coauthors#MAX_PER_IDEA}, so never paged). */
public record CoauthorList(List<CoauthorView> items) {}
