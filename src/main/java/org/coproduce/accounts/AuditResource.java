package org.coproduce.accounts;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduce.shared.api.Cursors;
import org.coproduce.shared.api.KeysetPage;
import org.coproduce.shared.api.ProblemException;
import org.coproduce.shared.audit.AuditEntry;
import org.coproduce.shared.audit.AuditLog;
import org.coproduce.shared.security.CurrentIdentity;
import org.coproduce.shared.security.StaffDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Searching the audit log: admins see every entry, staff their organisations' entries. The log
 * itself only grows; nobody can change or delete an entry (see the audit_log triggers).
 */
@Path("/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditLog audit;
    private final People people;
    private final CurrentIdentity identity;
    private final StaffDirectory staff;

    AuditResource(AuditLog audit, People people, CurrentIdentity identity, StaffDirectory staff) {
        this.audit = audit;
        this.people = people;
        this.identity = identity;
        this.staff = staff;
    }

    @GET
    @Transactional
    @Operation(
            summary = "Search the audit log",
            description = "Every change staff and admins made to other people's data or to published content:"
                    + " who, what, when, in brief, and the request id. Newest first. Admins search every"
                    + " entry; staff their own organisations' entries.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A filter or cursor that cannot be read")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither staff nor an admin")
    public AuditPage search(
            @Parameter(description = "Only this organisation's entries") @QueryParam("organisation") UUID organisation,
            @Parameter(description = "Only what this person did") @QueryParam("actor") UUID actor,
            @Parameter(description = "Only entries about this kind of thing", example = "idea")
                    @QueryParam("entityType")
                    @Size(max = 50)
                    String entityType,
            @Parameter(description = "Only entries about this thing") @QueryParam("entityId") UUID entityId,
            @Parameter(description = "An action, or the start of one before a dot", example = "signup")
                    @QueryParam("action")
                    @Size(max = 100)
                    String action,
            @Parameter(description = "Words in the summary", example = "hours") @QueryParam("q") @Size(max = 200)
                    String text,
            @Parameter(description = "From this moment (ISO-8601)", example = "2026-11-01T00:00:00Z")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Before this moment (ISO-8601)", example = "2026-12-01T00:00:00Z")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        PersonRef me = people.me();
        Set<UUID> visible = null;
        if (!identity.isAdmin()) {
            if (!identity.isStaff()) {
                throw ProblemException.forbidden("Only staff and admins may read the audit log.");
            }
            visible = staff.organisationsOf(me.id()).stream()
                    .map(StaffDirectory.OrganisationRef::id)
                    .collect(Collectors.toSet());
        }
        AuditLog.Search search = new AuditLog.Search(
                visible,
                organisation,
                actor,
                blankToNull(entityType),
                entityId,
                blankToNull(action),
                blankToNull(text),
                instant("from", from),
                instant("to", to));
        List<AuditEntry> fetched =
                audit.search(search, cursor == null ? null : Cursors.instantAndId(cursor), limit + 1);
        KeysetPage<AuditEntry> page =
                KeysetPage.of(fetched, limit, e -> List.of(e.occurredAt.toString(), e.id.toString()));
        Map<UUID, PersonRef> actors = people.findByIds(page.rows().stream()
                .map(e -> e.actorId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        return new AuditPage(
                page.rows().stream()
                        .map(e -> AuditEntryView.of(e, actors.get(e.actorId)))
                        .toList(),
                page.nextCursor());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (RuntimeException e) {
            throw ProblemException.invalidField(name, "must be a moment such as 2026-11-01T00:00:00Z");
        }
    }
}
