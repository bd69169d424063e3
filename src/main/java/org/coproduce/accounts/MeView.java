package org.coproduce.accounts;

import java.util.List;
import java.util.UUID;
import org.coproduce.shared.security.StaffDirectory.OrganisationRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person as the portal needs them. */
@Schema(description = "The signed-in person, their roles and the organisations they act for as staff")
public record MeView(
        UUID id,
        @Schema(examples = "Sam Staff") String displayName,
        @Schema(examples = "sam@riverside.example") String email,
        @Schema(examples = "[\"citizen\", \"staff\"]") List<String> roles,
        List<OrganisationRef> staffOf,

        @Schema(
                description = "The language chosen in \"Your account\" (en or cy), so the portal opens in it"
                        + " on any device; null when none was chosen",
                examples = "cy")
        String language) {}
