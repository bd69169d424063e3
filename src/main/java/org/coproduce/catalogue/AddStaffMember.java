package org.coproduce.catalogue;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to add to an organisation's staff. */
@Schema(
        description = "A person to add as staff, by email. Someone who has not signed in yet is invited: "
                + "they become staff when they first sign in with that verified email.")
public record AddStaffMember(
        @NotBlank @Email @Size(max = 254) @Schema(examples = "sam@riverside.example")
        String email,

        @Size(max = 200) @Schema(description = "Name to show until they sign in", examples = "Sam Staff")
        String displayName) {}
