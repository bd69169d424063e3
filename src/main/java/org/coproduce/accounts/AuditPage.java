package org.coproduce.accounts;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of audit entries, newest first. */
@Schema(description = "Audit entries, newest first; nextCursor is null on the last page")
public record AuditPage(List<AuditEntryView> items, String nextCursor) {}
