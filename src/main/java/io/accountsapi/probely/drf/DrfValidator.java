package io.accountsapi.probely.drf;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.JsonNames;
import io.accountsapi.web.WriteHeaders;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.stereotype.Component;

/**
 * Validates a users-dialect body after the service has checked that the object is visible and the caller may change
 * it, and answers every error at once in DRF's shape: {@code {"field": ["message"]}}, errors of list items in a
 * list aligned with the items sent ({@code {"labels": [{}, {"color": [...]}]}}), errors of a whole item or body under
 * {@code non_field_errors}. The values that could not be read ({@link DrfBody#unreadable()}) count first: a
 * constraint on a value that was never read says nothing more.
 */
@Component
public class DrfValidator {

    private final Validator validator;
    private final JsonNames jsonNames;
    /** Each body type's fields by JSON name, in the record's order; looked up once per type, not per request. */
    private final ClassValue<List<String>> fields = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .map(component -> jsonNames.of(component.getName()))
                    .toList();
        }
    };

    DrfValidator(Validator validator, JsonNames jsonNames) {
        this.validator = validator;
        this.jsonNames = jsonNames;
    }

    /**
     * As {@link #validate(DrfBody, Class[])}; then, when the client asked for strict handling, fields the body cannot
     * change are refused instead of ignored.
     */
    public void validate(DrfBody<?> body, WriteHeaders write, Class<?>... groups) {
        validate(body, groups);
        write.refuseIgnoredFields(body);
    }

    public void validate(DrfBody<?> body, Class<?>... groups) {
        Map<String, List<String>> messages = new TreeMap<>(byField(body));
        body.unreadable()
                .forEach((pointer, message) -> messages.computeIfAbsent(pointer, key -> new ArrayList<>())
                        .add(message));
        var allGroups =
                Stream.concat(Stream.of(Default.class), Arrays.stream(groups)).toArray(Class<?>[]::new);
        for (var violation : validator.validate(body, allGroups)) {
            var pointer = pointer(violation);
            if (!body.unreadable().containsKey(pointer)) {
                messages.computeIfAbsent(pointer, key -> new ArrayList<>()).add(violation.getMessage());
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        messages.forEach((pointer, texts) -> {
            // An error of a whole list or object stands alone, as DRF stops there (e.g. over 100 labels).
            if (messages.keySet().stream().noneMatch(outer -> pointer.startsWith(outer + "/"))) {
                put(
                        errors,
                        body,
                        pointer.substring(1).split("/"),
                        texts.stream().sorted().toList());
            }
        });
        throw new ApiException(new ApiProblem.Invalid(errors));
    }

    /** Orders errors as DRF does, by the order of the body's fields. */
    private Comparator<String> byField(DrfBody<?> body) {
        var fields = this.fields.get(body.getClass());
        return Comparator.comparingInt((String pointer) -> {
                    var index = fields.indexOf(pointer.substring(1).split("/")[0]);
                    return index < 0 ? fields.size() : index;
                })
                .thenComparing(Comparator.naturalOrder());
    }

    /** The violation's place as a JSON pointer into the body sent, e.g. {@code /labels/1/color}. */
    private String pointer(ConstraintViolation<?> violation) {
        var pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(jsonNames.of(node.getName()));
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                pointer.append('/').append(DrfMessages.NON_FIELD_ERRORS);
            }
        }
        return pointer.isEmpty() ? "/" + DrfMessages.NON_FIELD_ERRORS : pointer.toString();
    }

    /**
     * Puts the messages at the path into the error tree: a name is a key of an object, an index one item of a list
     * that has an entry, {@code {}} when fine, for each item sent.
     */
    @SuppressWarnings("unchecked")
    private void put(Map<String, Object> errors, Object body, String[] path, List<String> messages) {
        Map<String, Object> node = errors;
        Object value = body;
        for (int i = 0; i < path.length - 1; i++) {
            value = component(value, path[i]);
            if (path[i + 1].chars().allMatch(Character::isDigit)) {
                var size = value instanceof List<?> list ? list.size() : Integer.parseInt(path[i + 1]) + 1;
                var items = (List<Object>) node.computeIfAbsent(path[i], key -> new ArrayList<>());
                while (items.size() < size) {
                    items.add(new LinkedHashMap<String, Object>());
                }
                i++;
                value = value instanceof List<?> list ? list.get(Integer.parseInt(path[i])) : null;
                node = (Map<String, Object>) items.get(Integer.parseInt(path[i]));
            } else {
                node = (Map<String, Object>) node.computeIfAbsent(path[i], key -> new LinkedHashMap<>());
            }
        }
        node.put(path[path.length - 1], messages);
    }

    /** The value of a body's field by its JSON name, unwrapped; null when there is none. */
    private Object component(Object record, String jsonName) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (jsonNames.of(component.getName()).equals(jsonName)) {
                try {
                    var accessor = component.getAccessor();
                    // A feature's body records are its own, not public: read them as Bean Validation does.
                    accessor.setAccessible(true);
                    var value = accessor.invoke(record);
                    return value instanceof JsonNullable<?> nullable ? nullable.orElse(null) : value;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
