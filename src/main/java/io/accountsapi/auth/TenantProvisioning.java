package io.accountsapi.auth;

import io.accountsapi.organization.OrganizationService;
import io.accountsapi.user.Role;
import io.accountsapi.user.UserService;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates organizations with their first Admin, and keys, outside any request: at bootstrap and in demos. */
@Service
public class TenantProvisioning {

    /** Serialises concurrent bootstraps of several instances on one database. */
    private static final long BOOTSTRAP_LOCK = 0x6163636f756e7473L;

    public record Tenant(String organizationId, String adminId) {
    }

    private final OrganizationService organizations;
    private final UserService users;
    private final ApiKeyRepository keys;
    private final JdbcClient jdbc;
    private final Clock clock;

    public TenantProvisioning(OrganizationService organizations, UserService users, ApiKeyRepository keys,
                              JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Creates the organization, its Admin (a billing admin too) and registers {@code key} for them, unless a user
     * with that e-mail already exists: then nothing changes and the result is empty.
     */
    @Transactional
    public Optional<Tenant> bootstrap(String adminEmail, String organizationLabel, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", BOOTSTRAP_LOCK).query().singleValue();
        if (users.emailTaken(adminEmail)) {
            return Optional.empty();
        }
        if (keys.existsByKeyHash(ApiKeys.hash(key))) {
            throw new IllegalStateException("The bootstrap token is already the key of another user; choose another.");
        }
        var tenant = createTenant(organizationLabel, adminEmail);
        registerKey(tenant.adminId(), "bootstrap", key);
        return Optional.of(tenant);
    }

    @Transactional
    public Tenant createTenant(String organizationLabel, String adminEmail) {
        var organizationId = organizations.create(organizationLabel);
        var adminId = users.create(organizationId, adminEmail, "", Role.ADMIN_ID, true, null);
        organizations.assignOwner(organizationId, adminId);
        return new Tenant(organizationId, adminId);
    }

    @Transactional
    public String addUser(String organizationId, String email, String name, String roleId, boolean billingAdmin) {
        return users.create(organizationId, email, name, roleId, billingAdmin, null);
    }

    /** Registers a key chosen elsewhere (the operator's bootstrap token, a demo key). */
    @Transactional
    public void registerKey(String userId, String name, String key) {
        keys.save(new ApiKey(userId, name, key, clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /** Issues a new random key; the returned key is the only copy. */
    @Transactional
    public String issueKey(String userId, String name) {
        var key = ApiKeys.generate();
        registerKey(userId, name, key);
        return key;
    }
}
