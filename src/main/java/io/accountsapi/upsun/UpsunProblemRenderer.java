package io.accountsapi.upsun;

import io.accountsapi.upsun.request.UpsunMessages;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ProblemRenderer;
import io.accountsapi.web.PythonTypes;
import io.accountsapi.web.Uuids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Upsun error style, in one place: {@code application/problem+json} with {@code title}, {@code status},
 * {@code code}, a one-sentence {@code message}, and {@code detail} as an object of field messages for validation
 * errors (Upsun's CLI prints {@code detail[field]}) or a string otherwise. Messages follow Symfony's validators.
 */
@Component
@Order(1)
class UpsunProblemRenderer implements ProblemRenderer {

    private static final String OWNER_KEEPS_ADMIN = "The organization's owner keeps the admin permission.";
    private static final String OWNER_IS_CREATOR = "An organization is owned by the user who creates it.";

    /** Upsun's paths among Probely's {@code /users/}: the current user, and a user (and its organizations) by UUID. */
    private static final Pattern UPSUN_USERS = Pattern.compile("/users/(me|" + Uuids.PATTERN + "(/organizations)?)");

    /** Upsun's error, as both versions of its document describe it: {@code error} is the current one's. */
    record UpsunError(String title, int status, int code, String message, Object detail, String error) {}

    @Override
    public boolean claims(String path) {
        return path != null
                && (path.equals("/organizations")
                        || path.startsWith("/organizations/")
                        || path.equals("/ref/users")
                        || UPSUN_USERS.matcher(path).matches());
    }

    @Override
    public ResponseEntity<Object> render(ApiProblem problem) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String message;
        Object detail;
        switch (problem) {
            case ApiProblem.NotAuthenticated p -> {
                message = "Authentication credentials were not provided.";
                detail = "Send the header 'Authorization: Bearer <API key>'.";
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"accounts-api\"");
            }
            case ApiProblem.BadCredentials p -> {
                message = "Incorrect authentication credentials.";
                detail = "The API key is unknown or revoked, or its user is deactivated.";
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"accounts-api\", error=\"invalid_token\"");
            }
            case ApiProblem.Forbidden p -> {
                message = "You do not have permission to perform this action.";
                detail = p.needed() == null
                        ? ""
                        : switch (p.needed()) {
                            case ADMIN -> "This requires the Admin role.";
                            case BILLING -> "Changing billing details requires the Admin role or billing admin rights.";
                            case SELF_OR_ADMIN -> "Only the user themselves or an Admin may do this.";
                            case SELF -> "Only the user themselves may do this.";
                            case MEMBERS -> "Managing members requires the admin or members permission.";
                            case OWNER -> "Only the organization's owner may do this.";
                        };
            }
            case ApiProblem.NotFound p -> {
                message = "Not found.";
                detail = "No " + p.what() + " matches the given identifier.";
            }
            case ApiProblem.InvalidPage p -> {
                message = "Invalid page.";
                detail = "The page number is past the last page.";
            }
            case ApiProblem.MethodNotAllowed p -> {
                message = "Method \"" + p.method() + "\" not allowed.";
                detail = "Allowed methods: "
                        + p.allowed().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".";
                headers.setAllow(p.allowed());
            }
            case ApiProblem.NotAcceptable p -> {
                message = "Could not satisfy the request Accept header.";
                detail = "Responses are application/json; errors application/problem+json.";
            }
            case ApiProblem.UnsupportedMediaType p -> {
                message = "Unsupported media type \"" + p.contentType() + "\" in request.";
                detail = "Send the body as application/json.";
            }
            case ApiProblem.Invalid p -> {
                message = "The request body is invalid.";
                Map<String, String> fields = new LinkedHashMap<>();
                p.fieldErrors()
                        .forEach((field, errors) -> fields.put(
                                field,
                                errors instanceof List<?> messages
                                        ? messages.stream().map(String::valueOf).collect(Collectors.joining(" "))
                                        : String.valueOf(errors)));
                detail = fields;
            }
            case ApiProblem.Refused p -> {
                message = "The request body is invalid.";
                detail = switch (p.refusal()) {
                    case Refusal.Taken taken -> Map.of(taken.field(), UpsunMessages.ALREADY_USED);
                    case Refusal.OwnerIsCreator owner -> Map.of(owner.field(), OWNER_IS_CREATOR);
                    case Refusal.OwnerKept owner ->
                        owner.field() == null
                                ? "The organization's owner cannot be removed."
                                : Map.of(owner.field(), OWNER_KEEPS_ADMIN);
                    case Refusal refusal -> refusal.toString();
                };
            }
            case ApiProblem.WrongType p -> {
                message = "The request body is invalid.";
                detail = Map.of(p.field(), "This value should be of type " + typeName(p.expected()) + ".");
            }
            case ApiProblem.IgnoredFields p -> {
                message = "The request body has fields that cannot be changed here.";
                Map<String, String> fields = new LinkedHashMap<>();
                p.fields().forEach(field -> fields.put(field, "This field cannot be changed."));
                detail = fields;
            }
            case ApiProblem.NotAnObject p -> {
                message = "The request body must be a JSON object.";
                detail = "Expected a JSON object, but got " + PythonTypes.nameOf(p.actual()) + ".";
            }
            case ApiProblem.MalformedBody p -> {
                message = "The request body is not valid " + p.format() + ".";
                detail = p.reason();
            }
            case ApiProblem.BadRequest p -> {
                message = "The request is not valid.";
                detail = p.reason();
            }
            case ApiProblem.PreconditionFailed p -> {
                message = "The resource has changed since you read it.";
                detail = "If-Match does not name the current ETag; read the resource again and retry.";
            }
            case ApiProblem.Conflict p -> {
                message = "The request conflicts with a concurrent change.";
                detail = "Retry the request.";
            }
            case ApiProblem.PayloadTooLarge p -> {
                message = "The request body is too large.";
                detail = "Request bodies are limited to 64 KiB.";
            }
            case ApiProblem.Throttled p -> {
                var seconds = p.retryAfterSeconds();
                message = "Too many requests.";
                detail = "Over your share of the server or over your rate; retry after " + seconds
                        + (seconds == 1 ? " second." : " seconds.");
                headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            }
            case ApiProblem.Busy p -> {
                message = "The server is busy.";
                detail = "Every request slot stayed taken; retry in a moment.";
                headers.set(HttpHeaders.RETRY_AFTER, "1");
            }
            case ApiProblem.Unavailable p -> {
                message = "The service is temporarily unavailable.";
                detail = "Retry in a moment.";
                headers.set(HttpHeaders.RETRY_AFTER, "1");
            }
            case ApiProblem.Internal p -> {
                message = "An unexpected error occurred.";
                detail = "Unexpected error while handling your request.";
            }
        }
        var status = problem.status();
        return new ResponseEntity<>(
                new UpsunError(status.getReasonPhrase(), status.value(), status.value(), message, detail, message),
                headers,
                status);
    }

    private static String typeName(ApiProblem.JsonType type) {
        return switch (type) {
            case STRING -> "string";
            case BOOLEAN -> "bool";
            case INTEGER -> "int";
            case NUMBER -> "float";
            case OBJECT -> "object";
            case ARRAY -> "array";
        };
    }
}
