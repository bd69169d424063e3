package org.coproduce.catalogue;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of an organisation's staff. */
@Schema(description = "A person who acts as staff for the organisation")
public record StaffMemberView(
        UUID personId,
        @Schema(examples = "Sam Staff") String displayName,
        @Schema(examples = "sam@riverside.example") String email,
        Instant addedAt) {}
