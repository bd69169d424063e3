package org.coproduce.shared.api;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response of(Problem problem) {
        Problem withId = problem.requestId() == null && problem.status() >= 500
                ? problem.withRequestId(RequestIds.current())
                : problem;
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(withId)
                .build();
    }

    public static Response of(ProblemType type, String detail) {
        return of(type.problem(detail));
    }
}
