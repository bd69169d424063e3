package org.coproduce.shared.api;

/** The kinds of problem the API answers with; each is documented in docs/api.md. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Your request could not be understood"),
    VALIDATION_FAILED(400, "validation-failed", "Your request has invalid fields"),
    NOT_SIGNED_IN(401, "not-signed-in", "You need to sign in"),
    FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "This resource cannot be returned in the format you asked for"),
    CONFLICT(409, "conflict", "This conflicts with the current state"),
    PRECONDITION_FAILED(412, "stale-version", "Someone else changed this since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Your request is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Send the request body as application/json"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "This Idempotency-Key was used for a different request"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    SERVER_ERROR(500, "server-error", "Something went wrong on our side");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null);
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
