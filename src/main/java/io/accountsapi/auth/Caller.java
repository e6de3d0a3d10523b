package io.accountsapi.auth;

import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import java.util.UUID;

/**
 * An active user as authorization sees it: a person ({@code personId}) as the member ({@code userId}) of one
 * organization, with their rights there. The request's key names one membership; on a path that names another
 * organization of the same person, {@link CallerMemberships} answers the person as that organization's member.
 */
public record Caller(
        String userId,
        String organizationId,
        String organizationName,
        boolean admin,
        boolean billingAdmin,
        UUID personId) {

    /** Whether this caller may see the organization the client named, by ULID or as {@code name=<machine-name>}. */
    public boolean belongsTo(String organizationRef) {
        if (organizationRef.startsWith("name=")) {
            return organizationRef.substring("name=".length()).equals(organizationName);
        }
        return organizationRef.equalsIgnoreCase(organizationId);
    }

    /** Ends the request with 403 unless the caller holds the Admin role account-wide. */
    public void requireAdmin() {
        if (!admin) {
            throw Refused.notAllowed(Refusal.Right.ADMIN);
        }
    }

    public boolean mayManageBilling() {
        return admin || billingAdmin;
    }
}
