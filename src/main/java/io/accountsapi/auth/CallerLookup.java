package io.accountsapi.auth;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the active user behind a key; run on every authenticated request. */
@Component
class CallerLookup {

    private final ApiKeyRepository keys;

    CallerLookup(ApiKeyRepository keys) {
        this.keys = keys;
    }

    Optional<KeyOwner> findActiveByKey(String key) {
        return keys.findActiveCaller(ApiKeys.hash(key));
    }
}
