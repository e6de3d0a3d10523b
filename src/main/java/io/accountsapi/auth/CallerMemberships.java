package io.accountsapi.auth;

import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refused;
import org.springframework.stereotype.Component;

/**
 * The caller as the member of the organization a path names, by ULID or as {@code name=<machine-name>}: the key's own
 * membership when it is that organization's, else the same person's membership there (one indexed statement). An
 * organization the person does not belong to does not exist for them (404, exactly as a missing one).
 */
@Component
public class CallerMemberships {

    private static final String BY_NAME = "name=";

    private final ApiKeyRepository keys;

    CallerMemberships(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @ReadOnly
    public Caller in(Caller caller, String organizationRef) {
        if (caller.belongsTo(organizationRef)) {
            return caller;
        }
        var byName = organizationRef.startsWith(BY_NAME);
        return keys.findActiveMembership(
                        caller.personId(),
                        byName ? null : organizationRef,
                        byName ? organizationRef.substring(BY_NAME.length()) : null)
                .orElseThrow(() -> Refused.notFound("organization"));
    }
}
