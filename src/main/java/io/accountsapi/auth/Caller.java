package io.accountsapi.auth;

/** The active user behind the request's API key, with what authorization decisions need. */
public record Caller(String userId, String organizationId, String organizationName, boolean admin,
                     boolean billingAdmin) {

    /** Whether this caller may see the organization the client named, by ULID or as {@code name=<machine-name>}. */
    public boolean belongsTo(String organizationRef) {
        if (organizationRef.startsWith("name=")) {
            return organizationRef.substring("name=".length()).equals(organizationName);
        }
        return organizationRef.equalsIgnoreCase(organizationId);
    }

    public boolean mayManageBilling() {
        return admin || billingAdmin;
    }
}
