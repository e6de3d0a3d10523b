package io.accountsapi.web;

/** Thrown by the edges and the web layer to end a request with a problem; rendered in the dialect of the request's path. */
public class ApiException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiException(ApiProblem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(new ApiProblem.BadRequest(reason));
    }
}
