package io.accountsapi.user;

import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ProblemRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Django REST Framework error style of Probely's API, in one place: {@code {"detail": "..."}} with DRF's own
 * texts, and {@code {"field": ["message", ...]}} for validation errors. Asked last, it claims every path no other
 * dialect does: the users dialect's own, and unknown paths, which answer as DRF does.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DrfProblemRenderer implements ProblemRenderer {

    @Override
    public boolean claims(String path) {
        return true;
    }

    @Override
    public ResponseEntity<Object> render(ApiProblem problem) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Object body = switch (problem) {
            case ApiProblem.NotAuthenticated p -> {
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "JWT realm=\"api\"");
                yield detail("Authentication credentials were not provided.");
            }
            case ApiProblem.BadCredentials p -> {
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "JWT realm=\"api\"");
                yield detail("Incorrect authentication credentials.");
            }
            case ApiProblem.Forbidden p -> detail("You do not have permission to perform this action.");
            case ApiProblem.NotFound p -> detail("Not found.");
            case ApiProblem.InvalidPage p -> detail("Invalid page.");
            case ApiProblem.MethodNotAllowed p -> {
                headers.setAllow(p.allowed());
                yield detail("Method \"" + p.method() + "\" not allowed.");
            }
            case ApiProblem.NotAcceptable p -> detail("Could not satisfy the request Accept header.");
            case ApiProblem.UnsupportedMediaType p -> detail("Unsupported media type \"" + p.contentType() + "\" in request.");
            case ApiProblem.Invalid p -> p.fieldErrors();
            case ApiProblem.WrongType p -> Map.of(p.field(), List.of(typeMessage(p.expected())));
            case ApiProblem.IgnoredFields p -> {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                p.fields().forEach(field -> fields.put(field, List.of("This field cannot be changed.")));
                yield fields;
            }
            case ApiProblem.NotAnObject p ->
                    Map.of("non_field_errors", List.of("Invalid data. Expected a dictionary, but got " + p.actual() + "."));
            case ApiProblem.MalformedBody p -> detail(p.format() + " parse error - " + p.reason());
            case ApiProblem.BadRequest p -> detail(p.reason());
            case ApiProblem.PreconditionFailed p -> detail("Precondition failed: the resource has changed.");
            case ApiProblem.Conflict p -> detail("The request conflicts with a concurrent change; retry it.");
            case ApiProblem.PayloadTooLarge p -> detail("Request body is too large.");
            case ApiProblem.Busy p -> {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
                yield detail("The server is busy, try again in a moment.");
            }
            case ApiProblem.Unavailable p -> {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
                yield detail("Service temporarily unavailable, try again later.");
            }
            case ApiProblem.Internal p -> detail("Unexpected error while handling your request.");
        };
        return new ResponseEntity<>(body, headers, problem.status());
    }

    private static Map<String, String> detail(String text) {
        return Map.of("detail", text);
    }

    private static String typeMessage(ApiProblem.JsonType type) {
        return switch (type) {
            case STRING -> "Not a valid string.";
            case BOOLEAN -> "Must be a valid boolean.";
            case INTEGER -> "A valid integer is required.";
            case NUMBER -> "A valid number is required.";
            case ARRAY -> "Expected a list of items but got type \"dict\".";
            case OBJECT -> "Invalid data. Expected a dictionary.";
        };
    }
}
