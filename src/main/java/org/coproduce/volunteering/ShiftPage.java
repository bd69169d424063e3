package org.coproduce.volunteering;

import java.util.List;

/** A page of shifts, earliest first, and the cursor for the next page. */
public record ShiftPage(List<ShiftView> items, String nextCursor) {}
