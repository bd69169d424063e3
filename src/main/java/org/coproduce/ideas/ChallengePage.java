package org.coproduce.ideas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of challenges. */
@Schema(description = "A page of challenges; pass nextCursor as cursor for the next page")
public record ChallengePage(List<ChallengeView> items, String nextCursor) {}
