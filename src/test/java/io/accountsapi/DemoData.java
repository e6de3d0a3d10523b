package io.accountsapi;

import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.provisioning.TenantProvisioning;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo organization for the development run: an Admin (also billing admin) and a Member without billing rights,
 * with fixed keys so that they stay valid across restarts of the same dev database, and a spare key of the Member's
 * to revoke; and a partner organization, whose owner is a person to add to the demo organization. Swagger UI's path
 * parameters are pre-filled with their ids, so that "Try it out" works on every operation with the Admin's key. Never
 * part of the real jar.
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoData {

    static final String ADMIN_EMAIL = "admin@demo.example";
    static final String MEMBER_EMAIL = "member@demo.example";
    static final String PARTNER_EMAIL = "partner@demo.example";
    private static final String MEMBER_PATH = "/organizations/{organization_id}/members/{user_id}";
    static final String ADMIN_KEY = "acck_demo_admin_0000000000000000000000000000000000000000000000";
    static final String MEMBER_KEY = "acck_demo_member_000000000000000000000000000000000000000000000";
    static final String SPARE_KEY_NAME = "spare, to try revoking";
    static final String DEMO_LABEL = "demo";

    @Bean
    ApplicationRunner demoOrganization(TenantProvisioning provisioning, JdbcClient jdbc, Environment environment) {
        return args -> {
            provisioning.bootstrap(ADMIN_EMAIL, "Demo Organization", ADMIN_KEY).ifPresent(tenant -> {
                var memberId = provisioning.addUser(
                        tenant.organizationId(), MEMBER_EMAIL, "Demo Member", BuiltInRoles.MEMBER_ID, false);
                provisioning.registerKey(memberId, "demo", MEMBER_KEY);
                provisioning.issueKey(memberId, SPARE_KEY_NAME);
                var labelId = Ids.shortId();
                jdbc.sql("""
                        INSERT INTO labels (id, organization_id, name, color, changed) VALUES (:id, :org, :name, '#3366FF', now())""")
                        .param("id", labelId)
                        .param("org", tenant.organizationId())
                        .param("name", DEMO_LABEL)
                        .update();
                jdbc.sql("INSERT INTO user_labels (membership_id, label_id) VALUES (:user, :label)")
                        .param("user", memberId)
                        .param("label", labelId)
                        .update();
                provisioning.createTenant("Demo Partner", PARTNER_EMAIL);
            });
            var base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
            System.out.printf(
                    """

                    ==== accounts-api development run ====
                    Demo organization: %2$s
                      Admin (billing admin) %3$s  key: %4$s
                      Member (no billing)   %5$s  key: %6$s
                    Partner organization's owner, to add as a member: %7$s
                    Swagger UI: %1$s/swagger-ui.html (Authorize with the Admin's key; ids are pre-filled)
                    Try: curl -H 'Authorization: Bearer %4$s' %1$s/organizations/%2$s/profile
                    ======================================
                    %n""",
                    base,
                    organizationId(jdbc),
                    ADMIN_EMAIL,
                    ADMIN_KEY,
                    MEMBER_EMAIL,
                    MEMBER_KEY,
                    jdbc.sql("SELECT id::text FROM people WHERE email = :email")
                            .param("email", PARTNER_EMAIL)
                            .query(String.class)
                            .optional()
                            .orElse("(none: a dev database made before it existed)"));
        };
    }

    /**
     * The demo's ids as the examples of Swagger UI's path parameters (and of {@code /ref/users}' {@code in}), looked up
     * when the document is first built.
     */
    @Bean
    GlobalOpenApiCustomizer demoPathExamples(JdbcClient jdbc) {
        return openApi -> {
            var memberId = jdbc.sql("""
                            SELECT m.id FROM memberships m JOIN people p ON p.id = m.person_id
                            WHERE p.email = :email AND m.organization_id = :organization""")
                    .param("email", MEMBER_EMAIL)
                    .param("organization", organizationId(jdbc))
                    .query(String.class)
                    .single();
            // Probely names the member by its id, Upsun by its UUID.
            var memberUuid = jdbc.sql("SELECT person_id::text FROM memberships WHERE id = :id")
                    .param("id", memberId)
                    .query(String.class)
                    .single();
            var examples = new HashMap<>(Map.of(
                    "organization_id", organizationId(jdbc), "id", memberId, "user_id", memberUuid, "in", memberUuid));
            // Absent in a dev database made before the spare key existed, or once it is revoked.
            jdbc.sql("SELECT id FROM api_keys WHERE membership_id = :user AND name = :name")
                    .param("user", memberId)
                    .param("name", SPARE_KEY_NAME)
                    .query(String.class)
                    .optional()
                    .ifPresent(keyId -> examples.put("keyId", keyId));
            // A label's own paths name it {id} too; absent as the spare key may be.
            var labelExamples = new HashMap<String, String>();
            jdbc.sql("SELECT id FROM labels WHERE organization_id = :org AND name = :name")
                    .param("org", organizationId(jdbc))
                    .param("name", DEMO_LABEL)
                    .query(String.class)
                    .optional()
                    .ifPresent(labelId -> labelExamples.put("id", labelId));
            openApi.getPaths()
                    .forEach((name, path) -> path.readOperations().stream()
                            .filter(operation -> operation.getParameters() != null)
                            .flatMap(operation -> operation.getParameters().stream())
                            .filter(parameter -> "path".equals(parameter.getIn()) || "in".equals(parameter.getName()))
                            .forEach(parameter -> Optional.ofNullable(
                                            (name.startsWith("/labels/") ? labelExamples : examples)
                                                    .get(parameter.getName()))
                                    .ifPresent(parameter::setExample)));
            // The partner's owner is who "Try it out" adds as a member, and then removes.
            jdbc.sql("SELECT id::text FROM people WHERE email = :email")
                    .param("email", PARTNER_EMAIL)
                    .query(String.class)
                    .optional()
                    .filter(partner -> openApi.getPaths().containsKey(MEMBER_PATH))
                    .ifPresent(partner -> {
                        Schema<?> create = openApi.getComponents().getSchemas().get("OrganizationMemberCreate");
                        create.getProperties().get("user_id").setExample(partner);
                        openApi.getPaths().get(MEMBER_PATH).getDelete().getParameters().stream()
                                .filter(parameter -> parameter.getName().equals("user_id"))
                                .forEach(parameter -> parameter.setExample(partner));
                    });
            // A new key's organization, pre-filled: the demo organization, in which any key may act.
            var keyRequest = openApi.getComponents().getSchemas().get("ApiKeyRequest");
            if (keyRequest != null) {
                Schema<?> keyOrganization =
                        (Schema<?>) keyRequest.getProperties().get("organization");
                keyOrganization.setExample(organizationId(jdbc));
            }
            // "Try it out" creates an organization the demo Admin owns (named after the body's example), and deletes
            // it.
            var create = openApi.getComponents().getSchemas().get("OrganizationCreate");
            if (create != null) {
                var admin = jdbc.sql("SELECT id::text FROM people WHERE email = :email")
                        .param("email", ADMIN_EMAIL)
                        .query(String.class)
                        .single();
                Schema<?> ownerId = (Schema<?>) create.getProperties().get("owner_id");
                ownerId.setExample(admin);
                openApi.getPaths().get("/organizations/{organization_id}").getDelete().getParameters().stream()
                        .filter(parameter -> parameter.getName().equals("organization_id"))
                        .forEach(parameter -> parameter.setExample(
                                "name=" + ((Schema<?>) create.getProperties().get("name")).getExample()));
            }
        };
    }

    /** The demo organization: the demo Admin's first, who may have created others since ("Try it out" does). */
    private static String organizationId(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT m.organization_id FROM memberships m JOIN people p ON p.id = m.person_id
                        WHERE p.email = :email ORDER BY m.created_at, m.id LIMIT 1""").param("email", ADMIN_EMAIL).query(String.class).single();
    }
}
