package org.coproduce.outcomes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service's indicators (a handful: not paged). */
@Schema(description = "A service's outcome indicators, by name")
public record IndicatorList(List<IndicatorView> items) {}
