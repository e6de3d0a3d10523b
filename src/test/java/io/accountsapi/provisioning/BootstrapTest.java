package io.accountsapi.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.auth.BuiltInRoles;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/** CONTRACT section 2, first start: the configured organization and Admin are created once. */
class BootstrapTest extends ApiTestSupport {

    @Autowired
    TenantProvisioning tenants;

    @Test
    void bootstrapCreatesAnAdminWhoseTokenWorksAndChangesNothingTheSecondTime() {
        var email = "ops-" + UUID.randomUUID() + "@example.com";
        var token = "acck_ops_" + UUID.randomUUID();

        var first = tenants.bootstrap(email, "Ops Team Ltd", token);
        var second = tenants.bootstrap(email, "Ops Team Ltd", token);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        var organizationId = first.get().organizationId();
        assertThat(jdbc.sql("SELECT count(*) FROM people WHERE lower(email) = lower(:email)")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var user = jdbc.sql("""
                SELECT u.active, u.is_billing_admin, r.role_id, o.owner_id = u.id AS owner, o.label
                FROM memberships u JOIN people p ON p.id = u.person_id JOIN user_roles r ON r.membership_id = u.id
                     JOIN organizations o ON o.id = u.organization_id
                WHERE p.email = :email""").param("email", email).query().singleRow();
        assertThat(user)
                .containsEntry("active", true)
                .containsEntry("is_billing_admin", true)
                .containsEntry("role_id", BuiltInRoles.ADMIN_ID)
                .containsEntry("owner", true)
                .containsEntry("label", "Ops Team Ltd");
        for (var table : new String[] {"profiles", "addresses", "trials"}) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE organization_id = :id")
                            .param("id", organizationId)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isEqualTo(1);
        }
        var profile = get("/organizations/" + organizationId + "/profile", "Bearer " + token);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body().get("username").asString()).startsWith("ops-team-ltd");
        assertThat(patch("/organizations/" + organizationId + "/profile", "JWT " + token, "{\"company_name\": \"Ops\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherEmailCreatesASecondOrganization() {
        var label = "Twin " + UUID.randomUUID();

        var first = tenants.bootstrap("a-" + UUID.randomUUID() + "@example.com", label, "acck_" + UUID.randomUUID());
        var second = tenants.bootstrap("b-" + UUID.randomUUID() + "@example.com", label, "acck_" + UUID.randomUUID());

        assertThat(second.orElseThrow().organizationId())
                .isNotEqualTo(first.orElseThrow().organizationId());
        var names = jdbc.sql("SELECT name FROM organizations WHERE label = :label ORDER BY created_at, name")
                .param("label", label)
                .query(String.class)
                .list();
        assertThat(names).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void runnerReadsTheSettingsAndRefusesHalfASetting() {
        var email = "runner-" + UUID.randomUUID() + "@example.com";
        var token = "acck_runner_" + UUID.randomUUID();
        ApplicationArguments noArgs = new DefaultApplicationArguments();

        new Bootstrap(new BootstrapProperties(email, token, "Runner Org"), tenants).run(noArgs);

        assertThat(get("/organizations", "Bearer " + token).body().get("count").asInt())
                .isEqualTo(1);
        var halfConfigured = new Bootstrap(new BootstrapProperties(email, null, null), tenants);
        assertThatThrownBy(() -> halfConfigured.run(noArgs))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACCOUNTS_BOOTSTRAP_TOKEN");
    }
}
