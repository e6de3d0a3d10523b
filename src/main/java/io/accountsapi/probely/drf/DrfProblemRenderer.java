package io.accountsapi.probely.drf;

import io.accountsapi.usecase.Refusal;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ProblemRenderer;
import io.accountsapi.web.PythonTypes;
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
public class DrfProblemRenderer implements ProblemRenderer {

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
                yield detail(DrfMessages.NOT_AUTHENTICATED);
            }
            case ApiProblem.BadCredentials p -> {
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "JWT realm=\"api\"");
                yield detail(DrfMessages.BAD_CREDENTIALS);
            }
            case ApiProblem.Forbidden p -> detail(DrfMessages.PERMISSION_DENIED);
            case ApiProblem.NotFound p -> detail(DrfMessages.NOT_FOUND);
            case ApiProblem.InvalidPage p -> detail(DrfMessages.INVALID_PAGE);
            case ApiProblem.MethodNotAllowed p -> {
                headers.setAllow(p.allowed());
                yield detail(DrfMessages.methodNotAllowed(p.method()));
            }
            case ApiProblem.NotAcceptable p -> detail(DrfMessages.NOT_ACCEPTABLE);
            case ApiProblem.UnsupportedMediaType p -> detail(DrfMessages.unsupportedMediaType(p.contentType()));
            case ApiProblem.Invalid p -> p.fieldErrors();
            case ApiProblem.Refused p -> refused(p.refusal());
            case ApiProblem.WrongType p -> Map.of(p.field(), List.of(typeMessage(p.expected())));
            case ApiProblem.IgnoredFields p -> {
                Map<String, List<String>> fields = new LinkedHashMap<>();
                p.fields().forEach(field -> fields.put(field, List.of(DrfMessages.READ_ONLY)));
                yield fields;
            }
            case ApiProblem.NotAnObject p ->
                Map.of(
                        DrfMessages.NON_FIELD_ERRORS,
                        List.of(DrfMessages.notADictionary(PythonTypes.nameOf(p.actual()))));
            case ApiProblem.MalformedBody p -> detail(DrfMessages.parseError(p.format(), p.reason()));
            case ApiProblem.BadRequest p -> detail(p.reason());
            case ApiProblem.PreconditionFailed p -> detail(DrfMessages.PRECONDITION_FAILED);
            case ApiProblem.Conflict p -> detail(DrfMessages.CONFLICT);
            case ApiProblem.PayloadTooLarge p -> detail(DrfMessages.TOO_LARGE);
            case ApiProblem.Throttled p -> {
                headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(p.retryAfterSeconds()));
                yield detail(DrfMessages.throttled(p.retryAfterSeconds()));
            }
            case ApiProblem.Busy p -> {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
                yield detail(DrfMessages.BUSY);
            }
            case ApiProblem.Unavailable p -> {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
                yield detail(DrfMessages.UNAVAILABLE);
            }
            case ApiProblem.Internal p -> detail(DrfMessages.INTERNAL);
        };
        return new ResponseEntity<>(body, headers, problem.status());
    }

    /** DRF's validation errors for what the domain refused, as DRF's own serializers word them. */
    private static Map<String, ?> refused(Refusal refusal) {
        return switch (refusal) {
            case Refusal.Taken taken -> Map.of(taken.field(), List.of(DrfMessages.taken(taken.what(), taken.field())));
            case Refusal.SelfDeactivation self ->
                Map.of(
                        self.field() == null ? DrfMessages.NON_FIELD_ERRORS : self.field(),
                        List.of(DrfMessages.CANNOT_DEACTIVATE_SELF));
            case Refusal.UnknownRoleParts unknown -> Map.of("user_roles", unknownRoleParts(unknown));
            case Refusal.SharedWithOtherOrganizations shared ->
                Map.of(shared.field(), List.of(DrfMessages.SHARED_WITH_OTHER_ORGANIZATIONS));
            default -> detail(refusal.toString());
        };
    }

    /** One object per role grant sent, {@code {}} when it is fine, as DRF aligns a nested list's errors. */
    private static List<Map<String, Object>> unknownRoleParts(Refusal.UnknownRoleParts unknown) {
        return unknown.grants().stream()
                .map(missing -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    if (missing.roleId() != null) {
                        error.put("role", doesNotExist(missing.roleId()));
                    }
                    Map<String, Object> scope = new LinkedHashMap<>();
                    if (missing.teamId() != null) {
                        scope.put("team", doesNotExist(missing.teamId()));
                    }
                    if (missing.targetId() != null) {
                        scope.put("target", doesNotExist(missing.targetId()));
                    }
                    if (!scope.isEmpty()) {
                        error.put("scope", scope);
                    }
                    return error;
                })
                .toList();
    }

    private static Map<String, List<String>> doesNotExist(String id) {
        return Map.of("id", List.of(DrfMessages.doesNotExist(id)));
    }

    private static Map<String, String> detail(String text) {
        return Map.of("detail", text);
    }

    private static String typeMessage(ApiProblem.JsonType type) {
        return switch (type) {
            case STRING -> DrfMessages.NOT_A_STRING;
            case BOOLEAN -> DrfMessages.NOT_A_BOOLEAN;
            case INTEGER -> DrfMessages.INVALID_INTEGER;
            case NUMBER -> DrfMessages.INVALID_NUMBER;
            case ARRAY -> DrfMessages.notAList("dict");
            case OBJECT -> DrfMessages.NOT_A_DICTIONARY;
        };
    }
}
