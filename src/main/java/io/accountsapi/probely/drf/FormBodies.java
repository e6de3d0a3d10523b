package io.accountsapi.probely.drf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Form bodies (urlencoded and multipart), which the users dialect accepts as DRF does, as the JSON tree a client
 * would have sent: {@code labels[0]name} becomes {@code {"labels": [{"name": ...}]}}.
 */
final class FormBodies {

    /** {@code labels[0]name}, {@code labels[0][name]}, {@code labels[0].name}: a name, then indexes and keys. */
    private static final Pattern FORM_KEY_PART = Pattern.compile("\\[([^\\]]*)\\]|\\.?([^.\\[\\]]+)");
    /** Bounds what a form can make the tree grow to: far above any valid body, far below harm. */
    private static final int MAX_FORM_INDEX = 1000;

    private FormBodies() {}

    /** A form as the same tree a JSON body would give; the last value of a repeated key wins, as in Django. */
    static JsonNode tree(Map<String, String[]> form) {
        Map<Object, Object> root = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            var value = values.length == 0 ? "" : values[values.length - 1];
            var path = formKeyPath(key);
            if (path.equals(List.of("labels")) && value.isEmpty()) {
                root.put("labels", new TreeMap<>());
            } else if (!path.isEmpty()) {
                put(root, path, value);
            }
        });
        return toJson(root);
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
