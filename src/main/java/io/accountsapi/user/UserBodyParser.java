package io.accountsapi.user;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.PlainText;
import io.accountsapi.web.TextFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a user write the way Django REST Framework's serializer does, for every encoding: a JSON body is used as it
 * is, a form (urlencoded or multipart) is first turned into the same tree ({@code labels[0]name} becomes
 * {@code {"labels": [{"name": ...}]}}). One validation then gives DRF's errors, nested ones aligned with the input.
 */
final class UserBodyParser {

    enum Mode {
        /** POST: email required; user_roles accepted. */
        CREATE(Set.of("email", "name", "title", "active", "labels", "user_roles")),
        /** PUT: labels required. */
        REPLACE(Set.of("name", "title", "active", "labels")),
        PATCH(Set.of("name", "title", "active", "labels"));

        private final Set<String> writable;

        Mode(Set<String> writable) {
            this.writable = writable;
        }
    }

    static final int MAX_NAME = 60;
    static final int MAX_LABELS = 100;
    static final int MAX_LABEL_NAME = 255;
    static final int MAX_LABEL_COLOR = 32;
    static final int MAX_EMAIL = 254;
    static final int MAX_ROLES = 100;
    static final Set<String> TITLES = Set.of("", "ceo", "cto", "cso", "seceng", "dev", "devop", "manager", "other");
    static final Set<String> TIERS = Set.of("account", "team", "target");
    private static final Pattern COLOR = Pattern.compile("^[a-zA-Z0-9#_-]*$");
    private static final Pattern EMAIL = Pattern.compile(TextFormats.EMAIL_OR_EMPTY);
    private static final Set<Object> TRUE_VALUES = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True",
            "TRUE", "on", "On", "ON", "1");
    private static final Set<Object> FALSE_VALUES = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False",
            "FALSE", "off", "Off", "OFF", "0");
    /** {@code labels[0]name}, {@code labels[0][name]}, {@code labels[0].name}: a name, then indexes and keys. */
    private static final Pattern FORM_KEY_PART = Pattern.compile("\\[([^\\]]*)\\]|\\.?([^.\\[\\]]+)");
    /** Bounds what a form can make the tree grow to: far above any valid body, far below harm. */
    private static final int MAX_FORM_INDEX = 1000;

    private UserBodyParser() {
    }

    static UserChanges parse(JsonNode body, Mode mode) {
        if (body == null || body.isMissingNode()) {
            body = JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw new ApiException(new ApiProblem.NotAnObject(PythonTypes.nameOf(body)));
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        var changes = new UserChanges(
                mode == Mode.CREATE ? email(body, errors) : JsonNullable.undefined(),
                string(body, "name", MAX_NAME, true, errors),
                title(body, errors),
                bool(body, "active", errors),
                labels(body, mode == Mode.REPLACE, errors),
                mode == Mode.CREATE ? roles(body, errors) : JsonNullable.undefined(),
                ignored(body, mode));
        if (!errors.isEmpty()) {
            throw new ApiException(new ApiProblem.Invalid(errors));
        }
        return changes;
    }

    /** A form as the same tree a JSON body would give; the last value of a repeated key wins, as in Django. */
    static JsonNode fromForm(MultiValueMap<String, String> form) {
        Map<Object, Object> root = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            var value = values.isEmpty() ? "" : values.getLast();
            var path = formKeyPath(key);
            if (path.equals(List.of("labels")) && value.isEmpty()) {
                root.put("labels", new TreeMap<>());
            } else if (!path.isEmpty()) {
                put(root, path, value);
            }
        });
        return toJson(root);
    }

    private static JsonNullable<String> email(JsonNode body, Map<String, Object> errors) {
        if (!body.has("email")) {
            errors.put("email", List.of(DrfMessages.REQUIRED));
            return JsonNullable.undefined();
        }
        var email = string(body, "email", MAX_EMAIL, false, errors);
        email.ifPresent(value -> {
            if (!errors.containsKey("email") && !EMAIL.matcher(value).matches()) {
                errors.put("email", List.of(DrfMessages.INVALID_EMAIL));
            }
        });
        return email;
    }

    private static JsonNullable<String> title(JsonNode body, Map<String, Object> errors) {
        if (!body.has("title")) {
            return JsonNullable.undefined();
        }
        var node = body.get("title");
        if (node.isNull()) {
            errors.put("title", List.of(DrfMessages.NOT_NULL));
        } else if (node.isValueNode() && TITLES.contains(pythonString(node))) {
            return JsonNullable.of(pythonString(node));
        } else {
            errors.put("title", List.of(DrfMessages.invalidChoice(node.isValueNode() ? pythonString(node) : node.toString())));
        }
        return JsonNullable.undefined();
    }

    private static JsonNullable<Boolean> bool(JsonNode body, String field, Map<String, Object> errors) {
        if (!body.has(field)) {
            return JsonNullable.undefined();
        }
        var value = parseBoolean(body.get(field));
        if (value == null) {
            errors.put(field, List.of(body.get(field).isNull() ? DrfMessages.NOT_NULL : DrfMessages.NOT_A_BOOLEAN));
            return JsonNullable.undefined();
        }
        return JsonNullable.of(value);
    }

    /** DRF's BooleanField: JSON booleans, 1 and 0, and the usual spellings; null when none of them. */
    static Boolean parseBoolean(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            var number = node.doubleValue();
            return number == 1 ? Boolean.TRUE : number == 0 ? Boolean.FALSE : null;
        }
        if (node.isString()) {
            var text = node.stringValue();
            return TRUE_VALUES.contains(text) ? Boolean.TRUE : FALSE_VALUES.contains(text) ? Boolean.FALSE : null;
        }
        return null;
    }

    private static JsonNullable<List<UserChanges.LabelInput>> labels(JsonNode body, boolean required,
                                                                       Map<String, Object> errors) {
        return list(body, "labels", MAX_LABELS, required, errors, (item, itemError) -> {
            var name = required(item, "name", itemError) ? string(item, "name", MAX_LABEL_NAME, false, itemError)
                    : JsonNullable.<String>undefined();
            var color = string(item, "color", MAX_LABEL_COLOR, true, itemError);
            color.ifPresent(value -> {
                if (!itemError.containsKey("color") && !COLOR.matcher(value).matches()) {
                    itemError.put("color", List.of(DrfMessages.PATTERN));
                }
            });
            return itemError.isEmpty() ? new UserChanges.LabelInput(name.get(), color.orElse(null)) : null;
        });
    }

    private static JsonNullable<List<UserChanges.RoleInput>> roles(JsonNode body, Map<String, Object> errors) {
        return list(body, "user_roles", MAX_ROLES, false, errors, (item, itemError) -> {
            var roleId = nestedId(item, "role", true, itemError);
            Map<String, Object> scopeError = new LinkedHashMap<>();
            String tier = null;
            String teamId = null;
            String targetId = null;
            if (required(item, "scope", itemError)) {
                var scope = item.get("scope");
                if (!scope.isObject()) {
                    scopeError.put("non_field_errors", List.of(DrfMessages.notADictionary(PythonTypes.nameOf(scope))));
                } else if (required(scope, "tier", scopeError)) {
                    tier = pythonString(scope.get("tier"));
                    if (!TIERS.contains(tier)) {
                        scopeError.put("tier", List.of(DrfMessages.invalidChoice(tier)));
                    } else {
                        teamId = nestedId(scope, "team", tier.equals("team"), scopeError);
                        targetId = nestedId(scope, "target", tier.equals("target"), scopeError);
                    }
                }
            }
            if (!scopeError.isEmpty()) {
                itemError.put("scope", scopeError);
            }
            return itemError.isEmpty() ? new UserChanges.RoleInput(roleId, tier, tier.equals("team") ? teamId : null,
                    tier.equals("target") ? targetId : null) : null;
        });
    }

    /**
     * A list of nested objects as DRF's {@code many=True} serializer reads it: each item is parsed into its own error
     * map, and when any item fails the field's errors are the list of those maps, aligned with the input.
     */
    private static <T> JsonNullable<List<T>> list(JsonNode body, String field, int maxItems, boolean required,
                                                  Map<String, Object> errors,
                                                  BiFunction<JsonNode, Map<String, Object>, T> parseItem) {
        if (!body.has(field)) {
            if (required) {
                errors.put(field, List.of(DrfMessages.REQUIRED));
            }
            return JsonNullable.undefined();
        }
        var node = body.get(field);
        String error = node.isNull() ? DrfMessages.NOT_NULL
                : !node.isArray() ? DrfMessages.notAList(PythonTypes.nameOf(node))
                : node.size() > maxItems ? DrfMessages.maxItems(maxItems) : null;
        if (error != null) {
            errors.put(field, List.of(error));
            return JsonNullable.undefined();
        }
        List<T> items = new ArrayList<>();
        List<Map<String, Object>> itemErrors = new ArrayList<>();
        for (var item : node) {
            Map<String, Object> itemError = new LinkedHashMap<>();
            if (item.isObject()) {
                items.add(parseItem.apply(item, itemError));
            } else {
                itemError.put("non_field_errors", List.of(DrfMessages.notADictionary(PythonTypes.nameOf(item))));
            }
            itemErrors.add(itemError);
        }
        if (itemErrors.stream().anyMatch(itemError -> !itemError.isEmpty())) {
            errors.put(field, itemErrors);
            return JsonNullable.undefined();
        }
        return JsonNullable.of(items);
    }

    /** {@code {"role": {"id": "..."}}}: the id, or null with an error recorded when required and missing. */
    private static String nestedId(JsonNode parent, String field, boolean required, Map<String, Object> errors) {
        var node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                errors.put(field, List.of(node == null ? DrfMessages.REQUIRED : DrfMessages.NOT_NULL));
            }
            return null;
        }
        if (!node.isObject()) {
            errors.put(field, Map.of("non_field_errors", List.of(DrfMessages.notADictionary(PythonTypes.nameOf(node)))));
            return null;
        }
        Map<String, Object> idError = new LinkedHashMap<>();
        var id = required(node, "id", idError) ? string(node, "id", 12, false, idError) : JsonNullable.<String>undefined();
        if (!idError.isEmpty()) {
            errors.put(field, idError);
            return null;
        }
        return id.get();
    }

    private static boolean required(JsonNode parent, String field, Map<String, Object> errors) {
        if (!parent.has(field)) {
            errors.put(field, List.of(DrfMessages.REQUIRED));
            return false;
        }
        return true;
    }

    /** DRF's CharField: strings, and numbers as their text; trimmed; blank and length checked. */
    private static JsonNullable<String> string(JsonNode parent, String field, int maxLength, boolean allowBlank,
                                               Map<String, Object> errors) {
        if (!parent.has(field)) {
            return JsonNullable.undefined();
        }
        var node = parent.get(field);
        String error = null;
        String value = null;
        if (node.isNull()) {
            error = DrfMessages.NOT_NULL;
        } else if (!node.isString() && !node.isNumber()) {
            error = DrfMessages.NOT_A_STRING;
        } else {
            value = pythonString(node).strip();
            if (value.isEmpty() && !allowBlank) {
                error = DrfMessages.NOT_BLANK;
            } else if (value.length() > maxLength) {
                error = DrfMessages.maxLength(maxLength);
            } else if (!PlainText.Validator.isPlain(value)) {
                error = value.indexOf('\0') >= 0 ? "Null characters are not allowed." : "This value contains characters that are not allowed.";
            }
        }
        if (error != null) {
            errors.put(field, List.of(error));
            return JsonNullable.undefined();
        }
        return JsonNullable.of(value);
    }

    private static SortedSet<String> ignored(JsonNode body, Mode mode) {
        var ignored = new TreeSet<String>();
        body.propertyNames().forEach(name -> {
            if (!mode.writable.contains(name)) {
                ignored.add(name);
            }
        });
        return ignored;
    }

    /** How Python's {@code str()} shows a JSON scalar. */
    private static String pythonString(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        return node.isString() ? node.stringValue() : node.asString();
    }

    private static List<Object> formKeyPath(String key) {
        List<Object> path = new ArrayList<>();
        var matcher = FORM_KEY_PART.matcher(key);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            var part = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (!path.isEmpty() && part.matches("\\d+")) {
                if (part.length() > 4 || Integer.parseInt(part) >= MAX_FORM_INDEX) {
                    return List.of();
                }
                path.add(Integer.parseInt(part));
            } else {
                path.add(part);
            }
            end = matcher.end();
        }
        return end == key.length() ? path : List.of(key);
    }

    /**
     * Puts a value at a path of keys (an object, kept as a {@link LinkedHashMap}) and indexes (an array, kept as a
     * {@link TreeMap} so that sparse indexes come out in order).
     */
    @SuppressWarnings("unchecked")
    private static void put(Map<Object, Object> root, List<Object> path, String value) {
        Map<Object, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            var isArray = path.get(i + 1) instanceof Integer;
            var next = node.computeIfAbsent(path.get(i), key -> isArray ? new TreeMap<>() : new LinkedHashMap<>());
            if (!(next instanceof Map<?, ?>) || (next instanceof TreeMap<?, ?>) != isArray) {
                return;
            }
            node = (Map<Object, Object>) next;
        }
        node.put(path.getLast(), value);
    }

    private static JsonNode toJson(Object value) {
        if (value instanceof TreeMap<?, ?> indexed) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            indexed.values().forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> object) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            object.forEach((key, item) -> node.set(String.valueOf(key), toJson(item)));
            return node;
        }
        return JsonNodeFactory.instance.stringNode((String) value);
    }
}
