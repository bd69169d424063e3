package org.coproduce.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.coproduce.shared.i18n.Catalogue;
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
        return new Problem(
                type.uri(),
                type.title(Catalogue.ENGLISH),
                type.status(),
                invalidFields(errors.size(), Catalogue.ENGLISH),
                null,
                errors);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, id, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, requestId, fieldErrors);
    }

    /**
     * This problem with its title in the given language, and for a validation failure the detail too
     * (it only counts the fields). The type and status stay, so clients keep matching on them; a
     * detail written by a feature stays as it is.
     */
    public Problem in(Locale language) {
        return ProblemType.ofUri(type)
                .map(kind -> new Problem(
                        type,
                        kind.title(language),
                        status,
                        kind == ProblemType.VALIDATION_FAILED && errors != null
                                ? invalidFields(errors.size(), language)
                                : detail,
                        requestId,
                        errors))
                .orElse(this);
    }

    private static String invalidFields(int count, Locale language) {
        Catalogue texts = Catalogue.of(ProblemType.CATALOGUE, language);
        return count == 1
                ? texts.text("validation-failed.detail.one")
                : texts.text("validation-failed.detail.other", count);
    }
}
