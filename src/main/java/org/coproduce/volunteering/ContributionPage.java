package org.coproduce.volunteering;

import java.util.List;

/** A page of contributions, latest first, and the cursor for the next page. */
public record ContributionPage(List<ContributionView> items, String nextCursor) {}
