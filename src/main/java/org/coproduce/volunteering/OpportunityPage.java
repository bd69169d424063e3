package org.coproduce.volunteering;

import java.util.List;

/** A page of opportunities and the cursor for the next page. */
public record OpportunityPage(List<OpportunityView> items, String nextCursor) {}
