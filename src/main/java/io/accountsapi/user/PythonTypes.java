package io.accountsapi.user;

import tools.jackson.core.JsonToken;

/** Python's name for the type a JSON value has in Django REST Framework, as DRF's messages show it. */
final class PythonTypes {

    private PythonTypes() {
    }

    static String nameOf(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "dict";
            case START_ARRAY -> "list";
            case VALUE_STRING -> "str";
            case VALUE_TRUE, VALUE_FALSE -> "bool";
            case VALUE_NUMBER_INT -> "int";
            case VALUE_NUMBER_FLOAT -> "float";
            case null, default -> "NoneType";
        };
    }
}
