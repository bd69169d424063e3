package org.coproduce.volunteering;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of everyday contribution of one service. */
@Schema(description = "A kind of everyday contribution")
public record ContributionKindView(UUID id, UUID serviceId, String name) {}
