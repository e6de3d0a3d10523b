package io.accountsapi.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (in filters, by the container) are forwarded here; render them in the dialect of
 * the path the client asked for instead of the container's or Boot's own error page.
 */
@Hidden
@RestController
public class ErrorPageController implements ErrorController {

    private final Problems problems;

    public ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        var path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = HttpStatus.resolve(code instanceof Integer value ? value : 500);
        ApiProblem problem = switch (status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status) {
            case NOT_FOUND -> new ApiProblem.NotFound("resource");
            case BAD_REQUEST -> new ApiProblem.BadRequest("The request could not be read.");
            case UNAUTHORIZED -> new ApiProblem.NotAuthenticated();
            case FORBIDDEN -> new ApiProblem.Forbidden(null);
            case SERVICE_UNAVAILABLE -> new ApiProblem.Unavailable();
            default -> new ApiProblem.Internal();
        };
        return problems.render(path, problem);
    }
}
