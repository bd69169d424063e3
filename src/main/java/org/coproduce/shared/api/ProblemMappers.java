package org.coproduce.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json, so clients see one error shape and never a
 * stack trace, class name or SQL. Unexpected failures are logged with the request id.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e instanceof RateLimits.TooManyRequests tooMany) {
            Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.of(e.problem()))
                    .header("Retry-After", tooMany.retryAfterSeconds());
            tooMany.quota().headers().forEach(response::header);
            return response.build();
        }
        return ProblemResponses.of(e.problem());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ProblemResponses.of(Problem.invalid(errors));
    }

    @ServerExceptionMapper
    public Response unreadableField(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (field.isEmpty()) {
            return ProblemResponses.of(
                    ProblemType.BAD_REQUEST, "The request body is not valid JSON for this endpoint.");
        }
        String message = e instanceof UnrecognizedPropertyException
                ? "is not a known field"
                : e instanceof InvalidFormatException invalid
                        ? "has a value of the wrong type or format" + allowedValues(invalid)
                        : "has a value of the wrong type";
        return ProblemResponses.of(Problem.invalid(List.of(new FieldError(field, message))));
    }

    /** Quarkus maps this one itself unless something more specific is given. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableField(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return ProblemResponses.of(ProblemType.BAD_REQUEST, "The request body is not well-formed JSON.");
    }

    @ServerExceptionMapper
    public Response notSignedIn(UnauthorizedException e) {
        return ProblemResponses.of(ProblemType.NOT_SIGNED_IN, "Sign in, or send a valid bearer token.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return ProblemResponses.of(ProblemType.NOT_SIGNED_IN, "Your credentials are missing, invalid or expired.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this.");
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return ProblemResponses.of(
                ProblemType.CONFLICT, "Someone else changed this at the same moment. Read it again and retry.");
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e) {
        if (e.getCause() instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getKind() == ConstraintKind.UNIQUE) {
            return ProblemResponses.of(ProblemType.CONFLICT, "This would duplicate something that already exists.");
        }
        if (e.getCause() instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getKind() == ConstraintKind.CHECK) {
            // The database's own rule caught a value the API's checks let through; nothing was kept.
            return ProblemResponses.of(
                    ProblemType.BAD_REQUEST, "A value in this request breaks a rule of the data. Nothing was changed.");
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This endpoint answers in application/json.";
            default -> "The request could not be processed.";
        };
        Response response = ProblemResponses.of(type, detail);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (isDataException(e)) {
            // PostgreSQL's "data exception" class (22xxx): a value from the request it cannot hold,
            // such as a date millions of years away or a NUL character. The change was rolled back.
            return ProblemResponses.of(
                    ProblemType.BAD_REQUEST,
                    "A value in this request is outside what can be stored (a date too far away, or a character"
                            + " such as NUL). Nothing was changed.");
        }
        String requestId = RequestIds.current();
        LOG.errorf(e, "Unexpected failure (request %s)", requestId);
        return ProblemResponses.of(ProblemType.SERVER_ERROR
                .problem("Please try again. If it keeps happening, tell us the request id.")
                .withRequestId(requestId));
    }

    /** A value PostgreSQL cannot hold (class 22) or a CHECK it refused: the request's fault. */
    private static boolean isDataException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (isBadData(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isBadData(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBadData(Throwable e) {
        return e instanceof org.hibernate.exception.DataException
                || e instanceof org.hibernate.exception.ConstraintViolationException violation
                        && violation.getKind() == ConstraintKind.CHECK;
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "create.request.contact.email": drop the method and parameter names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String allowedValues(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "; allowed: "
                    + java.util.Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return "";
    }
}
