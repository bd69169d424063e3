package org.coproduce.integrations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ties a machine client to an organisation. */
@Schema(description = "Which organisation a machine client acts for, and what to call it")
public record IntegratorClientInput(
        @NotNull UUID organisationId,

        @NotBlank @Size(max = 200) @Schema(examples = "Riverside CRM")
        String name) {}
