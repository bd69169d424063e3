package org.coproduce.shared.api;

import java.util.Locale;
import java.util.Optional;
import org.coproduce.shared.i18n.Catalogue;

/**
 * The kinds of problem the API answers with; each is documented in docs/api.md. Their titles are in
 * the catalogues i18n/problems_en.properties and problems_cy.properties, keyed by the slug.
 */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request"),
    VALIDATION_FAILED(400, "validation-failed"),
    NOT_SIGNED_IN(401, "not-signed-in"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PRECONDITION_FAILED(412, "stale-version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    SERVER_ERROR(500, "server-error");

    static final String CATALOGUE = "problems";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public String slug() {
        return slug;
    }

    public String title(Locale language) {
        return Catalogue.of(CATALOGUE, language).text(slug);
    }

    /** A problem of this type, in English: {@link ProblemLanguage} puts it in the caller's language on its way out. */
    public Problem problem(String detail) {
        return new Problem(uri(), title(Catalogue.ENGLISH), status, detail, null, null);
    }

    /** The type a problem's {@code type} URI names; empty for a URI that is not one of ours. */
    public static Optional<ProblemType> ofUri(String uri) {
        for (ProblemType type : values()) {
            if (type.uri().equals(uri)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The closest type for an HTTP status that the framework raised. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_FAILED) {
                return type;
            }
        }
        return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
    }
}
