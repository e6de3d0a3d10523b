package io.accountsapi.auth;

import java.util.UUID;

/** What the key lookup finds: the key's id, the caller, and the primary's WAL position as the request began. */
record KeyOwner(
        String keyId,
        String userId,
        String organizationId,
        String organizationName,
        boolean admin,
        boolean billingAdmin,
        UUID personId,
        String walPosition) {

    Caller caller() {
        return new Caller(userId, organizationId, organizationName, admin, billingAdmin, personId);
    }
}
