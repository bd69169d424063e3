package org.coproduce.volunteering;

import java.util.List;

/** A service's kinds of everyday contribution, by name (a short list, so never paged). */
public record ContributionKindList(List<ContributionKindView> items) {}
