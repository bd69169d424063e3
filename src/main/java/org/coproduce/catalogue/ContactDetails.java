package org.coproduce.catalogue;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the public reaches a service. Every part is optional. */
@Schema(description = "How the public contacts the service")
public record ContactDetails(
        @Email @Size(max = 254) @Schema(examples = "parks@riverside.example")
        String email,

        @Size(max = 40)
        @Pattern(regexp = "^[0-9+() -]*$", message = "may contain only digits, spaces, +, ( and )")
        @Schema(examples = "01632 960 123")
        String phone,

        @Size(max = 300)
        @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting with http:// or https://")
        @Schema(examples = "https://riverside.example/parks")
        String website) {

    static final ContactDetails NONE = new ContactDetails(null, null, null);
}
