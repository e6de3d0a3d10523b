package io.accountsapi.provisioning;

import io.accountsapi.auth.ApiKeyStore;
import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.organization.OrganizationService;
import io.accountsapi.user.UserService;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates organizations with their first Admin, and keys, outside any request: at bootstrap and in demos. */
@Service
public class TenantProvisioning {

    public record Tenant(String organizationId, String adminId) {}

    private final OrganizationService organizations;
    private final UserService users;
    private final ApiKeyStore keys;

    TenantProvisioning(OrganizationService organizations, UserService users, ApiKeyStore keys) {
        this.organizations = organizations;
        this.users = users;
        this.keys = keys;
    }

    /**
     * Creates the organization, its Admin (a billing admin too) and registers {@code key} for them, unless a user
     * with that e-mail already exists: then nothing changes and the result is empty. Of instances bootstrapping one
     * database at once, the unique e-mail lets one win; the others' transactions fail as a whole.
     */
    @Transactional
    public Optional<Tenant> bootstrap(String adminEmail, String organizationLabel, String key) {
        if (users.emailTaken(adminEmail)) {
            return Optional.empty();
        }
        if (keys.isRegistered(key)) {
            throw new IllegalStateException("The bootstrap token is already the key of another user; choose another.");
        }
        var tenant = createTenant(organizationLabel, adminEmail);
        registerKey(tenant.adminId(), "bootstrap", key);
        return Optional.of(tenant);
    }

    @Transactional
    public Tenant createTenant(String organizationLabel, String adminEmail) {
        var organizationId = organizations.create(organizationLabel);
        var adminId = users.create(organizationId, adminEmail, "", BuiltInRoles.ADMIN_ID, true, null);
        organizations.assignOwner(organizationId, adminId);
        return new Tenant(organizationId, adminId);
    }

    @Transactional
    public String addUser(String organizationId, String email, String name, String roleId, boolean billingAdmin) {
        return users.create(organizationId, email, name, roleId, billingAdmin, null);
    }

    /** Makes the person of that UUID a member of another organization; returns the new membership's id. */
    @Transactional
    public String addMembership(UUID personId, String organizationId, String roleId, boolean billingAdmin) {
        return users.addMembership(personId, organizationId, roleId, billingAdmin);
    }

    /** Registers a key chosen elsewhere (the operator's bootstrap token, a demo key). */
    public void registerKey(String userId, String name, String key) {
        keys.register(userId, name, key);
    }

    /** Issues a new random key; the returned key is the only copy. */
    public String issueKey(String userId, String name) {
        return keys.issue(userId, name).key();
    }
}
