package org.coproduce.volunteering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code staff show on site. */
@Schema(description = "A check-in")
public record CheckInInput(@NotBlank @Size(max = 12) String code) {}
