package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.auth.BuiltInRoles;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CONTRACT sections 2 and 3 on the organizations paths: 401, 403 and 404 in the Upsun shape, nothing written. */
class OrganizationAccessApiTest extends ApiTestSupport {

    private TestTenant own;
    private TestTenant foreign;

    @BeforeEach
    void createTenants() {
        own = newTenant();
        foreign = newTenant();
    }

    /** Every organization endpoint, by method and path template; {org} is the organization reference. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/organizations/{org}", null),
                Arguments.of("GET", "/organizations/{org}/profile", null),
                Arguments.of("PATCH", "/organizations/{org}/profile", "{\"company_name\": \"Hijacked\"}"),
                Arguments.of("GET", "/organizations/{org}/address", null),
                Arguments.of("PATCH", "/organizations/{org}/address", "{\"locality\": \"Hijacked\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anotherOrganizationIsNotFoundAndUntouched(String method, String template, String body) {
        var before = storedState(foreign.organizationId());

        for (var reference : new String[] {foreign.organizationId(), "name=" + foreign.organizationName()}) {
            var response = call(method, template.replace("{org}", reference), bearer(own.adminKey()), body);

            assertThat(response.status()).as(reference + ": " + response).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("title").asString()).isEqualTo("Not Found");
            assertThat(response.body().get("code").asInt()).isEqualTo(404);
        }
        var missing =
                call(method, template.replace("{org}", "01EY8BWRSQ56EY1TDC32PARAJS"), bearer(own.adminKey()), body);
        assertThat(missing.body())
                .isEqualTo(
                        call(method, template.replace("{org}", foreign.organizationId()), bearer(own.adminKey()), body)
                                .body());
        assertThat(storedState(foreign.organizationId())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void missingKeyIs401InUpsunShape(String method, String template, String body) {
        var response = call(method, template.replace("{org}", own.organizationId()), null, body);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.body().get("message").asString())
                .isEqualTo("Authentication credentials were not provided.");
        assertThat(response.body().get("status").asInt()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void badKeyIs401InUpsunShape(String method, String template, String body) {
        var before = storedState(own.organizationId());

        for (var authorization :
                new String[] {"Bearer acck_wrong", "JWT acck_wrong", "Bearer", "bearer  " + own.adminKey() + "x"}) {
            var response = call(method, template.replace("{org}", own.organizationId()), authorization, body);

            assertThat(response.status()).as(authorization).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(response.body().get("message").asString()).isEqualTo("Incorrect authentication credentials.");
        }
        assertThat(storedState(own.organizationId())).isEqualTo(before);
    }

    @Test
    void bothSchemesWorkOnOrganizationPaths() {
        var path = "/organizations/" + own.organizationId() + "/profile";

        assertThat(get(path, "Bearer " + own.memberKey()).status()).isEqualTo(200);
        assertThat(get(path, "JWT " + own.memberKey()).status()).isEqualTo(200);
        assertThat(get(path, "jwt " + own.memberKey()).status()).isEqualTo(200);
    }

    @Test
    void memberWithoutBillingRightsMayReadButNotPatch() {
        var before = storedState(own.organizationId());
        var profile = "/organizations/" + own.organizationId() + "/profile";
        var address = "/organizations/" + own.organizationId() + "/address";

        assertThat(get(profile, bearer(own.memberKey())).status()).isEqualTo(200);
        assertThat(get(address, bearer(own.memberKey())).status()).isEqualTo(200);
        for (var response : new Response[] {
            patch(profile, bearer(own.memberKey()), "{\"company_name\": \"Mine now\"}"),
            patch(address, bearer(own.memberKey()), "{\"locality\": \"Elsewhere\"}"),
            patch(profile, bearer(own.memberKey()), "{\"company_name\": null}")
        }) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("code").asInt()).isEqualTo(403);
        }
        assertThat(storedState(own.organizationId())).isEqualTo(before);
    }

    @Test
    void billingAdminWhoIsNotAdminMayPatch() {
        var billingAdmin = provisioning.addUser(
                own.organizationId(),
                "billing-" + own.memberId() + "@example.com",
                "Billing",
                BuiltInRoles.MEMBER_ID,
                true);
        var key = provisioning.issueKey(billingAdmin, "test");

        var response = patch(
                "/organizations/" + own.organizationId() + "/profile",
                bearer(key),
                "{\"billing_contact\": \"billing@example.com\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(storedState(own.organizationId()).get("billing_contact")).isEqualTo("billing@example.com");
    }

    @Test
    void deactivatedUsersKeyIsRefusedFromTheNextRequest() {
        var path = "/organizations/" + own.organizationId();
        assertThat(get(path, bearer(own.adminKey())).status()).isEqualTo(200);

        jdbc.sql("UPDATE memberships SET active = false WHERE id = :id")
                .param("id", own.adminId())
                .update();

        var response = get(path, bearer(own.adminKey()));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().get("message").asString()).isEqualTo("Incorrect authentication credentials.");
    }

    @Test
    void revokedKeyIsRefused() {
        jdbc.sql("DELETE FROM api_keys WHERE membership_id = :id")
                .param("id", own.memberId())
                .update();

        assertThat(get("/organizations", bearer(own.memberKey())).status()).isEqualTo(401);
    }

    @Test
    void onlyHashesOfKeysAreStored() {
        var stored = jdbc.sql("SELECT encode(key_hash, 'hex') FROM api_keys WHERE membership_id = :id")
                .param("id", own.adminId())
                .query(String.class)
                .list();

        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst()).doesNotContain(own.adminKey()).hasSize(64);
    }

    @Test
    void healthAndApiDocsNeedNoKey() {
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(get("/v3/api-docs/organizations", null).status()).isEqualTo(200);
        assertThat(get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    private Response call(String method, String path, String authorization, String body) {
        return send(
                method,
                path,
                authorization,
                body,
                body == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    /** The rows an organization's PATCHes could change. */
    private Map<String, Object> storedState(String organizationId) {
        return jdbc.sql("""
                SELECT p.*, a.locality, a.country, a.version AS address_version
                FROM profiles p JOIN addresses a ON a.organization_id = p.organization_id
                WHERE p.organization_id = :id""").param("id", organizationId).query().singleRow();
    }
}
