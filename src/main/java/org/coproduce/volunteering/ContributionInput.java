package org.coproduce.volunteering;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Help a citizen gave outside any shift. */
@Schema(description = "An everyday contribution")
public record ContributionInput(
        @NotNull UUID serviceId,

        @Schema(description = "One of the service's contribution kinds") @NotNull
        UUID kindId,

        @Schema(description = "When; not in the future, and within the last year") @NotNull
        LocalDate date,

        @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
        BigDecimal hours,

        @Size(max = 500) String note) {}
