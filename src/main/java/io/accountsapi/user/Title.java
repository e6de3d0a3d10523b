package io.accountsapi.user;

import com.fasterxml.jackson.annotation.JsonValue;
import io.accountsapi.drf.ChoiceOf;

/** A user's job title; {@code ""} is none. */
enum Title implements ChoiceOf.Choice {
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
    @Override
    public String code() {
        return code;
    }
}
