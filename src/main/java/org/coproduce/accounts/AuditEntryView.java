package org.coproduce.accounts;

import java.time.Instant;
import java.util.UUID;
import org.coproduce.shared.audit.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change someone made, as the audit log keeps it. */
@Schema(description = "One audited change")
public record AuditEntryView(
        UUID id,
        Instant occurredAt,

        @Schema(description = "The person who made the change; null when a machine client did")
        UUID actorId,

        @Schema(description = "Their name now (\"Former participant\" once erased)", examples = "Sam Patel")
        String actorName,

        @Schema(description = "The machine client that made the change, when no person did")
        String actorClient,

        @Schema(examples = "idea.status-changed") String action,
        @Schema(examples = "idea") String entityType,
        UUID entityId,
        UUID organisationId,

        @Schema(
                description = "Before and after, in brief",
                examples = "Moved the idea 'More benches' from SUBMITTED to ACCEPTED")
        String summary,

        @Schema(description = "The request that made the change, as in the X-Request-Id header")
        String requestId) {

    static AuditEntryView of(AuditEntry entry, PersonRef actor) {
        return new AuditEntryView(
                entry.id,
                entry.occurredAt,
                entry.actorId,
                actor == null ? null : actor.displayName(),
                entry.actorId == null ? entry.actorSubject : null,
                entry.action,
                entry.entityType,
                entry.entityId,
                entry.organisationId,
                entry.summary,
                entry.requestId);
    }
}
