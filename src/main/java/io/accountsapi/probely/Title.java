package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JsonValue;

/** A user's job title; {@code ""} is none. */
enum Title {
    CEO("ceo"),
    CTO("cto"),
    CSO("cso"),
    SECENG("seceng"),
    DEV("dev"),
    DEVOP("devop"),
    MANAGER("manager"),
    OTHER("other"),
    NONE("");

    private final String code;

    Title(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
