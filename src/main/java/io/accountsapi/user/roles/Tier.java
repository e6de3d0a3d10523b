package io.accountsapi.user.roles;

import com.fasterxml.jackson.annotation.JsonValue;
import io.accountsapi.drf.ChoiceOf;

/** Where a role applies: the whole account, one team, or one target. */
public enum Tier implements ChoiceOf.Choice {
    ACCOUNT("account"),
    TEAM("team"),
    TARGET("target");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }
}
