package org.coproduce.outcomes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The monitors of the caller's organisations' services. */
@Schema(description = "Monitors of the services the caller's organisations run (every service for an admin)")
public record MonitorList(List<MonitorView> items) {}
