package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.auth.BuiltInRoles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CONTRACT section 4, members written as Upsun's clients write them: a person of another organization added by UUID,
 * their permissions changed (and seen as Probely's role grants), their membership removed, and nothing of their other
 * organizations touched.
 */
class MemberWritesApiTest extends ApiTestSupport {

    private TestTenant tenant;
    private TestTenant other;
    private String members;

    @BeforeEach
    void createTenants() {
        tenant = newTenant();
        other = newTenant();
        members = "/organizations/" + tenant.organizationId() + "/members";
    }

    @Test
    void anAdminAddsAPersonOfAnotherOrganizationWithThePermissionsGiven() {
        var person = uuid(other.memberId());

        var response = post(members, tenant.adminKey(), """
                {"user_id": "%s", "permissions": ["billing", "projects:list"]}""".formatted(person));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var member = response.body();
        assertThat(member.get("id").asString()).isEqualTo(person);
        assertThat(member.get("user_id").asString()).isEqualTo(person);
        assertThat(member.get("organization_id").asString()).isEqualTo(tenant.organizationId());
        assertThat(texts(member.get("permissions"))).containsExactly("billing", "projects:list");
        assertThat(member.get("level").asString()).isEqualTo("viewer");
        assertThat(member.get("owner").asBoolean()).isFalse();
        var self = url(members + "/" + person);
        assertThat(member.get("_links").get("self").get("href").asString()).isEqualTo(self);
        assertThat(member.get("_links").get("update").get("href").asString()).isEqualTo(self);
        assertThat(member.get("_links").get("update").get("method").asString()).isEqualTo("PATCH");
        assertThat(member.get("_links").get("delete").get("href").asString()).isEqualTo(self);
        assertThat(member.get("_links").get("delete").get("method").asString()).isEqualTo("DELETE");
        assertThat(member.get("_links").get("#edit").get("href").asString())
                .as("what Upsun's JS client's member.update() follows")
                .isEqualTo(self);
        assertThat(stored(person, tenant.organizationId()))
                .containsEntry("is_billing_admin", true)
                .containsEntry("other_permissions", "{PROJECTS_LIST}")
                .containsEntry("roles", "MemberRoLe11:account");
        assertThat(stored(person, other.organizationId()))
                .as("their own organization's membership, as it was")
                .containsEntry("is_billing_admin", false)
                .containsEntry("other_permissions", "{}");
        assertThat(get(members + "/" + person, bearer(tenant.memberKey())).body())
                .isEqualTo(member);
    }

    @Test
    void thePermissionsAreProbelysRoleGrantsAndBillingAdmin() {
        var person = uuid(other.memberId());
        post(members, tenant.adminKey(), "{\"user_id\": \"" + person + "\"}");
        var membershipId = membershipOf(person, tenant.organizationId());

        var granted = patch(members + "/" + person, bearer(tenant.adminKey()), "{\"permissions\": [\"admin\"]}");

        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(texts(granted.body().get("permissions"))).containsExactly("admin", "billing", "members");
        assertThat(granted.body().get("level").asString()).isEqualTo("admin");
        var probely =
                get("/users/" + membershipId + "/", jwt(tenant.adminKey())).body();
        assertThat(probely.get("user_roles")
                        .valueStream()
                        .map(role -> role.get("role").get("id").asString() + ":"
                                + role.get("scope").get("tier").asString())
                        .toList())
                .contains(BuiltInRoles.ADMIN_ID + ":account");
        assertThat(stored(person, tenant.organizationId())).containsEntry("account_admin", true);

        var billing = patch(members + "/" + person, bearer(tenant.adminKey()), "{\"permissions\": [\"billing\"]}");

        assertThat(texts(billing.body().get("permissions"))).containsExactly("billing");
        assertThat(billing.body().get("level").asString()).isEqualTo("viewer");
        var after = get("/users/" + membershipId + "/", jwt(tenant.adminKey())).body();
        assertThat(after.get("is_billing_admin").asBoolean()).isTrue();
        assertThat(after.get("user_roles")
                        .valueStream()
                        .map(role -> role.get("role").get("id").asString())
                        .toList())
                .containsExactly(BuiltInRoles.MEMBER_ID);
        assertThat(stored(person, tenant.organizationId()))
                .containsEntry("account_admin", false)
                .containsEntry("roles", "MemberRoLe11:account");
    }

    @Test
    void probelysAdminRoleIsUpsunsAdminPermission() {
        var created = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                """
                {"email": "%s", "name": "Probely Admin",
                 "user_roles": [{"role": {"id": "%s"}, "scope": {"tier": "account"}}]}""".formatted("probely-" + UUID.randomUUID() + "@example.com", BuiltInRoles.ADMIN_ID),
                Map.of("Content-Type", "application/json"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        var member = get(members + "/" + uuid(created.body().get("id").asString()), bearer(tenant.memberKey()));

        assertThat(texts(member.body().get("permissions"))).containsExactly("admin", "billing", "members");
        assertThat(member.body().get("level").asString()).isEqualTo("admin");
    }

    @Test
    void theSamePersonTwiceIsRefusedAndLeavesOneMembershipEvenWhenTenRace() throws Exception {
        var person = uuid(other.memberId());
        var body = "{\"user_id\": \"" + person + "\"}";
        Callable<Integer> add = () -> post(members, tenant.adminKey(), body).status();

        List<Integer> statuses;
        try (var executor = Executors.newFixedThreadPool(10)) {
            var futures =
                    executor.invokeAll(IntStream.range(0, 10).mapToObj(i -> add).toList());
            statuses = futures.stream()
                    .map(future -> {
                        try {
                            return future.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(statuses)
                .containsOnly(201, 400)
                .filteredOn(status -> status == 201)
                .hasSize(1);
        assertThat(memberships(person, tenant.organizationId())).isEqualTo(1);
        var again = post(members, tenant.adminKey(), body);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("detail").get("user_id").asString()).isEqualTo("This value is already used.");
    }

    @Test
    void anUnknownPersonIsNotFoundAndABadBodyIsRefusedWithNothingWritten() {
        var unknown = post(members, tenant.adminKey(), "{\"user_id\": \"" + UUID.randomUUID() + "\"}");
        var notAUuid = post(members, tenant.adminKey(), "{\"user_id\": \"nobody\"}");
        var missing = post(members, tenant.adminKey(), "{\"permissions\": []}");
        var person = uuid(other.memberId());
        var badPermission =
                post(members, tenant.adminKey(), "{\"user_id\": \"" + person + "\", \"permissions\": [\"root\"]}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(notAUuid.status()).isEqualTo(400);
        assertThat(notAUuid.body().get("detail").get("user_id").asString()).isEqualTo("This value is not valid.");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("detail").get("user_id").asString()).isEqualTo("This value should not be null.");
        assertThat(badPermission.status()).isEqualTo(400);
        assertThat(badPermission.body().get("detail").get("permissions").asString())
                .isEqualTo("The value you selected is not a valid choice.");
        assertThat(memberships(person, tenant.organizationId())).isZero();
    }

    @Test
    void membersAreManagedByAdminsAndByMembersWithTheMembersPermissionWhoGrantNeitherAdminNorBilling() {
        var person = uuid(other.memberId());
        var manager = uuid(tenant.memberId());
        var body = "{\"user_id\": \"" + person + "\"}";

        assertThat(post(members, tenant.memberKey(), body).status())
                .as("a member without it")
                .isEqualTo(403);
        patch(members + "/" + manager, bearer(tenant.adminKey()), "{\"permissions\": [\"members\"]}");

        var asAdmin =
                post(members, tenant.memberKey(), "{\"user_id\": \"" + person + "\", \"permissions\": [\"admin\"]}");
        var added = post(members, tenant.memberKey(), body);
        var toBilling = patch(members + "/" + person, bearer(tenant.memberKey()), "{\"permissions\": [\"billing\"]}");
        var toPlans = patch(members + "/" + person, bearer(tenant.memberKey()), "{\"permissions\": [\"plans\"]}");

        assertThat(asAdmin.status()).isEqualTo(403);
        assertThat(asAdmin.body().get("detail").asString()).isEqualTo("This requires the Admin role.");
        assertThat(added.status()).isEqualTo(201);
        assertThat(toBilling.status()).isEqualTo(403);
        assertThat(toPlans.status()).isEqualTo(200);
        assertThat(texts(toPlans.body().get("permissions"))).containsExactly("plans");
        assertThat(send("DELETE", members + "/" + uuid(tenant.adminId()), bearer(tenant.memberKey()), null, Map.of())
                        .status())
                .as("an Admin member")
                .isEqualTo(403);
        assertThat(send("DELETE", members + "/" + person, bearer(tenant.memberKey()), null, Map.of())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void removingAPersonLeavesThemTheirKeysAndTheirOtherOrganizations() {
        var person = uuid(other.memberId());
        post(members, tenant.adminKey(), "{\"user_id\": \"" + person + "\"}");
        var removedKey = provisioning.issueKey(membershipOf(person, tenant.organizationId()), "here");

        var removed = send("DELETE", members + "/" + person, bearer(tenant.adminKey()), null, Map.of());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(removed.raw().body()).isEmpty();
        assertThat(get(members + "/" + person, bearer(tenant.adminKey())).status())
                .isEqualTo(404);
        assertThat(get(members, bearer(tenant.adminKey()))
                        .body()
                        .get("items")
                        .valueStream()
                        .map(item -> item.get("user_id").asString()))
                .doesNotContain(person);
        assertThat(get("/users/", jwt(tenant.adminKey()))
                        .body()
                        .get("results")
                        .valueStream()
                        .map(user -> user.get("email").asString()))
                .doesNotContain(get("/users/me", bearer(other.memberKey()))
                        .body()
                        .get("email")
                        .asString());
        assertThat(get("/users/me", bearer(removedKey)).status())
                .as("a key that acted there")
                .isEqualTo(401);
        assertThat(get("/users/me", bearer(other.memberKey())).status())
                .as("their key elsewhere")
                .isEqualTo(200);
        assertThat(memberships(person, other.organizationId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT memberships FROM people WHERE id = CAST(:person AS uuid)")
                        .param("person", person)
                        .query(Integer.class)
                        .single())
                .as("the organizations the person belongs to, as counted for the rename rule")
                .isEqualTo(1);
        assertThat(patch("/users/" + other.memberId() + "/", jwt(other.adminKey()), "{\"name\": \"Theirs Again\"}")
                        .status())
                .as("in one organization only again, their Admin may rename them")
                .isEqualTo(200);
        assertThat(send("DELETE", members + "/" + person, bearer(tenant.adminKey()), null, Map.of())
                        .status())
                .as("gone")
                .isEqualTo(404);
    }

    @Test
    void theOwnerStaysAnAdminMember() {
        var owner = uuid(tenant.adminId());

        var removed = send("DELETE", members + "/" + owner, bearer(tenant.adminKey()), null, Map.of());
        var demoted = patch(members + "/" + owner, bearer(tenant.adminKey()), "{\"permissions\": [\"billing\"]}");

        assertThat(removed.status()).isEqualTo(400);
        assertThat(removed.body().get("detail").asString()).isEqualTo("The organization's owner cannot be removed.");
        assertThat(demoted.status()).isEqualTo(400);
        assertThat(demoted.body().get("detail").get("permissions").asString())
                .isEqualTo("The organization's owner keeps the admin permission.");
        assertThat(stored(owner, tenant.organizationId())).containsEntry("account_admin", true);
    }

    private Response post(String path, String key, String json) {
        return send("POST", path, bearer(key), json, Map.of("Content-Type", "application/json"));
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private String membershipOf(String person, String organizationId) {
        return jdbc.sql("SELECT id FROM memberships WHERE person_id = CAST(:person AS uuid) AND organization_id = :org")
                .param("person", person)
                .param("org", organizationId)
                .query(String.class)
                .single();
    }

    private int memberships(String person, String organizationId) {
        return jdbc.sql("SELECT count(*) FROM memberships WHERE person_id = CAST(:person AS uuid)"
                        + " AND organization_id = :org")
                .param("person", person)
                .param("org", organizationId)
                .query(Integer.class)
                .single();
    }

    /** What is stored of the person's membership in the organization, its role grants as {@code role:tier}. */
    private Map<String, Object> stored(String person, String organizationId) {
        return jdbc.sql("""
                        SELECT m.is_billing_admin, m.account_admin, m.other_permissions::text AS other_permissions,
                               (SELECT string_agg(r.role_id || ':' || r.tier, ',' ORDER BY r.id)
                                FROM user_roles r WHERE r.membership_id = m.id) AS roles
                        FROM memberships m WHERE m.person_id = CAST(:person AS uuid) AND m.organization_id = :org""")
                .param("person", person)
                .param("org", organizationId)
                .query()
                .singleRow();
    }
}
