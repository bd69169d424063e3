package org.coproduce.volunteering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of everyday help a service wants to hear about, e.g. "Litter picked". */
@Schema(description = "A kind of everyday contribution")
public record ContributionKindInput(
        @NotNull UUID serviceId, @NotBlank @Size(max = 80) String name) {}
