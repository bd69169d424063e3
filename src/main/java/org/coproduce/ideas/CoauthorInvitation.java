package org.coproduce.ideas;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the author invites to design an idea with them. */
@Schema(description = "An invitation to co-author an idea")
public record CoauthorInvitation(
        @Schema(description = "The email address they sign in with; they need not have signed in yet")
        @NotBlank
        @Email
        @Size(max = 254)
        String email) {}
