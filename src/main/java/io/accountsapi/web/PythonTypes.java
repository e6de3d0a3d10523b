package io.accountsapi.web;

import tools.jackson.core.JsonToken;

/**
 * Python's name for the type a JSON value has, as Django REST Framework's messages show it; the error bodies of both
 * dialects name a body that is not an object so.
 */
public final class PythonTypes {

    private PythonTypes() {}

    public static String nameOf(JsonToken token) {
        if (token == null) {
            return "NoneType";
        }
        return switch (token) {
            case START_OBJECT -> "dict";
            case START_ARRAY -> "list";
            case VALUE_STRING -> "str";
            case VALUE_TRUE, VALUE_FALSE -> "bool";
            case VALUE_NUMBER_INT -> "int";
            case VALUE_NUMBER_FLOAT -> "float";
            default -> "NoneType";
        };
    }
}
