package io.accountsapi.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Validates a request record after the service has checked that the object is visible and the caller may change
 * it, so that a 404 or 403 is never pre-empted by a 400 (the order Django REST Framework follows too).
 */
@Component
public class RequestValidator {

    private final Validator validator;
    private final JsonNames jsonNames;

    public RequestValidator(Validator validator, JsonNames jsonNames) {
        this.validator = validator;
        this.jsonNames = jsonNames;
    }

    /** Throws an {@link ApiException} naming every invalid field by its JSON name. */
    public void validate(Object body) {
        var violations = validator.validate(body);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) ->
                                v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> fieldErrors
                        .computeIfAbsent(jsonName(v), name -> new ArrayList<>())
                        .add(v.getMessage()));
        throw new ApiException(new ApiProblem.Invalid(fieldErrors));
    }

    private String jsonName(ConstraintViolation<?> violation) {
        return jsonNames.of(violation.getPropertyPath().iterator().next().getName());
    }
}
