package io.accountsapi.user;

import tools.jackson.databind.JsonNode;

/** Python's name for the type a JSON value has in Django REST Framework, as DRF's messages show it. */
final class PythonTypes {

    private PythonTypes() {
    }

    static String nameOf(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return "NoneType";
        if (node.isObject()) return "dict";
        if (node.isArray()) return "list";
        if (node.isString()) return "str";
        if (node.isBoolean()) return "bool";
        if (node.isIntegralNumber()) return "int";
        return "float";
    }
}
