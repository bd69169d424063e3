package org.coproduce.shared.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its JSON path and what is wrong with it. */
@Schema(description = "An invalid field of the request")
public record FieldError(
        @Schema(examples = "contact.email") String field,

        @Schema(examples = "must be a well-formed email address")
        String message) {}
