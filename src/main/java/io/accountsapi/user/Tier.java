package io.accountsapi.user;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a role applies: the whole account, one team, or one target; each written as its code. */
public enum Tier {
    ACCOUNT("account"),
    TEAM("team"),
    TARGET("target");

    private final String code;

    Tier(String code) {
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
