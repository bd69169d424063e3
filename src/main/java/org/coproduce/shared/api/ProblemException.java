package org.coproduce.shared.api;

import java.util.List;

/** Thrown by services to answer with a problem; mapped to application/problem+json. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "There is no " + what + " " + id + ".");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new FieldError(field, message))));
    }
}
