package org.coproduce.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details, sent as application/problem+json")
public record Problem(
        @Schema(examples = "/problems/validation-failed") String type,

        @Schema(examples = "Your request has invalid fields")
        String title,

        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid") String detail,

        @Schema(
                description = "Quote this when reporting a server error",
                examples = "5f0c2d0e-6a51-4a7e-9d55-0f6f2b1d8c11")
        String requestId,

        @Schema(description = "Present on validation errors")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem invalid(List<FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return new Problem(type.uri(), "Your request has invalid fields", type.status(), detail, null, errors);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, id, errors);
    }
}
