package io.accountsapi.auth;

import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;

/** The active user behind the request's API key, with what authorization decisions need. */
public record Caller(
        String userId, String organizationId, String organizationName, boolean admin, boolean billingAdmin) {

    /** Whether this caller may see the organization the client named, by ULID or as {@code name=<machine-name>}. */
    public boolean belongsTo(String organizationRef) {
        if (organizationRef.startsWith("name=")) {
            return organizationRef.substring("name=".length()).equals(organizationName);
        }
        return organizationRef.equalsIgnoreCase(organizationId);
    }

    /**
     * The caller's own organization id when the reference names it; any other organization does not exist for the
     * caller (404, exactly as for a missing one).
     */
    public String visibleOrganization(String organizationRef) {
        if (!belongsTo(organizationRef)) {
            throw Refused.notFound("organization");
        }
        return organizationId;
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
