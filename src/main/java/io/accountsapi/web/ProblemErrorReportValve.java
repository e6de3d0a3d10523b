package io.accountsapi.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself, before any filter or servlet: a request line it cannot accept (an encoded
 * slash or NUL, invalid UTF-8 in the path). This valve gives those answers the dialect's error shape instead of
 * Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final Problems problems;

    ProblemErrorReportValve(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var problem = switch (HttpStatus.valueOf(status)) {
            case BAD_REQUEST -> new ApiProblem.BadRequest("The request line is not valid.");
            case NOT_FOUND -> new ApiProblem.NotFound("resource");
            case CONTENT_TOO_LARGE -> new ApiProblem.PayloadTooLarge();
            case SERVICE_UNAVAILABLE -> new ApiProblem.Unavailable();
            default -> new ApiProblem.Internal();
        };
        try {
            problems.write(
                    request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI(),
                    problem,
                    response.getResponse());
        } catch (IOException | RuntimeException e) {
            container.getLogger().warn("Could not write the error body", e);
        }
    }
}
