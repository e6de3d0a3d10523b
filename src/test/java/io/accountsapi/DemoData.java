package io.accountsapi;

import io.accountsapi.provisioning.TenantProvisioning;
import io.accountsapi.auth.BuiltInRoles;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo organization for the development run: an Admin (also billing admin) and a Member without billing rights,
 * with fixed keys so that they stay valid across restarts of the same dev database. Never part of the real jar.
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoData {

    static final String ADMIN_EMAIL = "admin@demo.example";
    static final String MEMBER_EMAIL = "member@demo.example";
    static final String ADMIN_KEY = "acck_demo_admin_0000000000000000000000000000000000000000000000";
    static final String MEMBER_KEY = "acck_demo_member_000000000000000000000000000000000000000000000";

    @Bean
    ApplicationRunner demoOrganization(TenantProvisioning provisioning, JdbcClient jdbc, Environment environment) {
        return args -> {
            provisioning.bootstrap(ADMIN_EMAIL, "Demo Organization", ADMIN_KEY).ifPresent(tenant -> {
                var memberId = provisioning.addUser(tenant.organizationId(), MEMBER_EMAIL, "Demo Member",
                        BuiltInRoles.MEMBER_ID, false);
                provisioning.registerKey(memberId, "demo", MEMBER_KEY);
            });
            var organizationId = jdbc.sql("SELECT organization_id FROM users WHERE email = :email")
                    .param("email", ADMIN_EMAIL).query(String.class).single();
            var base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
            System.out.printf("""

                    ==== accounts-api development run ====
                    Demo organization: %2$s
                      Admin (billing admin) %3$s  key: %4$s
                      Member (no billing)   %5$s  key: %6$s
                    Swagger UI: %1$s/swagger-ui.html
                    Try: curl -H 'Authorization: Bearer %4$s' %1$s/organizations/%2$s/profile
                    ======================================
                    %n""", base, organizationId, ADMIN_EMAIL, ADMIN_KEY, MEMBER_EMAIL, MEMBER_KEY);
        };
    }
}
