package org.coproduce.ideas;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of an idea's public timeline. */
@Schema(description = "A status move and the answer given with it")
public record TimelineEntry(IdeaStatus from, IdeaStatus to, String answer, String answeredBy, Instant at) {}
