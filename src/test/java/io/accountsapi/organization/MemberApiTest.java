package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.auth.BuiltInRoles;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contract's users in Upsun's dialect: {@code GET /users/me} and an organization's members. */
class MemberApiTest extends ApiTestSupport {

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    @Test
    void currentUserIsTheCallerInUpsunsShape() {
        jdbc.sql(
                        "UPDATE people SET name = 'Jane van Dyke' WHERE id = (SELECT person_id FROM memberships WHERE id = :id)")
                .param("id", tenant.memberId())
                .update();
        patch(
                "/organizations/" + tenant.organizationId() + "/address",
                bearer(tenant.adminKey()),
                "{\"country\": \"pt\"}");

        var response = get("/users/me", bearer(tenant.memberKey()));

        assertThat(response.status()).isEqualTo(200);
        var me = response.body();
        assertThat(me.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "deactivated",
                        "namespace",
                        "username",
                        "email",
                        "email_verified",
                        "first_name",
                        "last_name",
                        "picture",
                        "company",
                        "website",
                        "country",
                        "created_at",
                        "updated_at");
        assertThat(me.get("id").asString()).isEqualTo(uuid(tenant.memberId()));
        assertThat(me.get("deactivated").asBoolean()).isFalse();
        assertThat(me.get("username").asString())
                .isEqualTo(me.get("email").asString())
                .startsWith("member-");
        assertThat(me.get("first_name").asString()).isEqualTo("Jane");
        assertThat(me.get("last_name").asString()).isEqualTo("van Dyke");
        assertThat(me.get("company").asString()).startsWith("Test Org ");
        assertThat(me.get("country").asString()).isEqualTo("PT");
        assertThat(me.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(get("/users/me", jwt(tenant.adminKey())).body().get("id").asString())
                .isEqualTo(uuid(tenant.adminId()));
    }

    @Test
    void currentUserErrorsAreUpsunProblems() {
        var response = get("/users/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asInt()).isEqualTo(401);
        assertThat(response.body().get("error").asString()).isEqualTo("Authentication credentials were not provided.");
        assertThat(get("/users/me/", bearer(tenant.adminKey())).body())
                .as("with the slash, a Probely user id that does not exist")
                .isEqualTo(json("{\"detail\": \"Not found.\"}"));
    }

    @Test
    void membersAreTheOrganizationsActiveUsersWithTheirPermissions() {
        var billing = addBillingAdmin();
        var gone = provisioning.addUser(
                tenant.organizationId(),
                "gone-" + UUID.randomUUID() + "@example.com",
                "Gone",
                BuiltInRoles.MEMBER_ID,
                false);
        jdbc.sql("UPDATE memberships SET active = false WHERE id = :id")
                .param("id", gone)
                .update();
        newTenant();
        var path = "/organizations/" + tenant.organizationId() + "/members";

        var list = get(path, bearer(tenant.memberKey()));

        assertThat(list.status()).isEqualTo(200);
        var body = list.body();
        assertThat(body.get("count").asInt()).isEqualTo(3);
        assertThat(body.get("_links").get("self").get("href").asString()).isEqualTo(url(path));
        assertThat(body.get("_links").has("next")).isFalse();
        assertThat(userIds(body))
                .containsExactlyElementsOf(uuidsInIdOrder(tenant.adminId(), tenant.memberId(), billing));
        var admin = member(body, uuid(tenant.adminId()));
        assertThat(admin.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "organization_id",
                        "user_id",
                        "permissions",
                        "level",
                        "owner",
                        "created_at",
                        "updated_at",
                        "_links");
        assertThat(admin.get("permissions")).isEqualTo(json("[\"admin\", \"billing\", \"members\"]"));
        assertThat(admin.get("owner").asBoolean()).isTrue();
        assertThat(admin.get("level").asString()).isEqualTo("admin");
        assertThat(admin.get("organization_id").asString()).isEqualTo(tenant.organizationId());
        assertThat(admin.get("id")).isEqualTo(admin.get("user_id"));
        assertThat(member(body, uuid(billing)).get("permissions")).isEqualTo(json("[\"billing\"]"));
        var memberUuid = uuid(tenant.memberId());
        assertThat(member(body, memberUuid).get("permissions")).isEqualTo(json("[]"));
        assertThat(member(body, memberUuid).get("owner").asBoolean()).isFalse();
        assertThat(member(body, memberUuid).get("level").asString()).isEqualTo("viewer");

        var one = get(path + "/" + memberUuid, bearer(tenant.adminKey()));
        assertThat(one.body()).isEqualTo(member(body, memberUuid));
        assertThat(one.body().get("_links").get("self").get("href").asString()).isEqualTo(url(path + "/" + memberUuid));
        assertThat(get(path + "/" + tenant.memberId(), bearer(tenant.adminKey()))
                        .status())
                .as("Probely's id names no member")
                .isEqualTo(404);
        assertThat(get("/organizations/name=" + tenant.organizationName() + "/members", bearer(tenant.memberKey()))
                        .body())
                .isEqualTo(body);
        assertThat(get(path + "/" + uuid(gone), bearer(tenant.adminKey())).status())
                .isEqualTo(404);
    }

    @Test
    void aUserByUuidIsUpsunsUserAndBy12CharacterIdProbelys() {
        var memberUuid = uuid(tenant.memberId());

        var upsun = get("/users/" + memberUuid, bearer(tenant.adminKey()));
        var probely = get("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()));

        assertThat(upsun.status()).isEqualTo(200);
        assertThat(upsun.body())
                .isEqualTo(get("/users/me", bearer(tenant.memberKey())).body());
        assertThat(upsun.body().get("id").asString()).isEqualTo(memberUuid);
        assertThat(probely.status()).isEqualTo(200);
        assertThat(probely.body().get("id").asString()).isEqualTo(tenant.memberId());
        assertThat(probely.body().has("is_billing_admin")).isTrue();
        assertThat(get("/users/" + memberUuid.toUpperCase(), bearer(tenant.adminKey()))
                        .body()
                        .get("id")
                        .asString())
                .isEqualTo(memberUuid);
    }

    @Test
    void aUsersOrganizationsAreTheOrganizationsListOfThatUser() {
        var memberUuid = uuid(tenant.memberId());
        var path = "/users/" + memberUuid + "/organizations";

        var list = get(path, bearer(tenant.memberKey()));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("count").asInt()).isEqualTo(1);
        assertThat(list.body().get("items").get(0))
                .isEqualTo(get("/organizations/" + tenant.organizationId(), bearer(tenant.memberKey()))
                        .body());
        assertThat(list.body().get("_links").get("self").get("href").asString()).isEqualTo(url(path));
        assertThat(get(path + "?filter[name]=no-such-name", bearer(tenant.memberKey()))
                        .body()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void anotherOrganizationsUserIsNotFoundInUpsunsShape() {
        var foreign = uuid(newTenant().memberId());

        for (var path : List.of(
                "/users/" + foreign,
                "/users/" + foreign + "/organizations",
                "/users/" + UUID.randomUUID(),
                "/users/" + UUID.randomUUID() + "/organizations")) {
            var response = get(path, bearer(tenant.adminKey()));
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.body().get("code").asInt()).as(path).isEqualTo(404);
        }
    }

    @Test
    void anotherOrganizationsMembersAreNotFound() {
        var foreign = newTenant();
        var path = "/organizations/" + foreign.organizationId() + "/members";

        var list = get(path, bearer(tenant.adminKey()));
        var member = get(path + "/" + uuid(foreign.memberId()), bearer(tenant.adminKey()));
        var theirUserInOurs = get(
                "/organizations/" + tenant.organizationId() + "/members/" + uuid(foreign.memberId()),
                bearer(tenant.adminKey()));

        for (var response : List.of(list, member, theirUserInOurs)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void membersComeFiftyAPageWithCursorsToTheNeighbouringPages() {
        for (int i = 0; i < 55; i++) {
            provisioning.addUser(
                    tenant.organizationId(),
                    "page-" + UUID.randomUUID() + "@example.com",
                    "Page " + i,
                    BuiltInRoles.MEMBER_ID,
                    false);
        }
        var key = bearer(tenant.memberKey());

        var first = get("/organizations/" + tenant.organizationId() + "/members", key)
                .body();
        var second = get(pathOf(first.get("_links").get("next")), key).body();
        var back = get(pathOf(second.get("_links").get("previous")), key).body();

        assertThat(first.get("count").asInt()).isEqualTo(57);
        assertThat(first.get("items").size()).isEqualTo(50);
        assertThat(first.get("_links").has("previous")).isFalse();
        assertThat(second.get("items").size()).isEqualTo(7);
        assertThat(second.get("_links").has("next")).isFalse();
        var all = new ArrayList<>(userIds(first));
        all.addAll(userIds(second));
        assertThat(all)
                .containsExactlyElementsOf(jdbc.sql(
                                "SELECT person_id::text FROM memberships WHERE organization_id = :org AND active ORDER BY id")
                        .param("org", tenant.organizationId())
                        .query(String.class)
                        .list());
        assertThat(userIds(back)).isEqualTo(userIds(first));
    }

    @Test
    void membersTakeEveryParameterUpsunDocuments() {
        var billing = addBillingAdmin();
        // Creation times a day apart, the admin first; updates in the other order.
        var created = List.of(tenant.adminId(), tenant.memberId(), billing);
        for (int i = 0; i < created.size(); i++) {
            jdbc.sql("UPDATE memberships SET created_at = now() - make_interval(days => :age),"
                            + " changed = now() - make_interval(days => :i) WHERE id = :id")
                    .param("age", 10 - i)
                    .param("i", i)
                    .param("id", created.get(i))
                    .update();
        }
        var key = bearer(tenant.memberKey());
        var path = "/organizations/" + tenant.organizationId() + "/members";
        var inCreationOrder = created.stream().map(this::uuid).toList();

        var oldestFirst = get(path + "?sort=created_at", key).body();
        var newestFirst = get(path + "?sort=-created_at", key).body();
        var latestUpdateFirst = get(path + "?sort=-updated_at", key).body();
        var onePage = get(path + "?sort=created_at&page[size]=1&filter[permissions][nin]=admin", key)
                .body();
        var nextPage = get(pathOf(onePage.get("_links").get("next")), key).body();

        assertThat(userIds(oldestFirst)).containsExactlyElementsOf(inCreationOrder);
        assertThat(userIds(newestFirst)).containsExactlyElementsOf(inCreationOrder.reversed());
        assertThat(userIds(latestUpdateFirst)).containsExactlyElementsOf(inCreationOrder);
        assertThat(userIds(onePage)).containsExactly(uuid(tenant.memberId()));
        assertThat(onePage.get("count").asInt()).isEqualTo(2);
        assertThat(onePage.get("_links").get("next").get("href").asString())
                .contains("sort=created_at", "page%5Bsize%5D=1", "filter%5Bpermissions%5D%5Bnin%5D=admin");
        assertThat(userIds(nextPage)).containsExactly(uuid(billing));
        assertThat(nextPage.get("_links").has("next")).isFalse();
        assertThat(userIds(
                        get(pathOf(nextPage.get("_links").get("previous")), key).body()))
                .containsExactly(uuid(tenant.memberId()));
        assertThat(userIds(get(path + "?filter[permissions][in]=admin", key).body()))
                .containsExactly(uuid(tenant.adminId()));
        assertThat(userIds(get(path + "?filter[permissions]=billing&sort=created_at", key)
                        .body()))
                .containsExactly(uuid(tenant.adminId()), uuid(billing));
        assertThat(userIds(get(path + "?filter[permissions][ne]=admin&sort=created_at", key)
                        .body()))
                .containsExactly(uuid(tenant.memberId()), uuid(billing));
        assertThat(userIds(get(path + "?filter[permissions][nin]=admin,billing", key)
                        .body()))
                .containsExactly(uuid(tenant.memberId()));
        assertThat(get(path + "?filter[permissions]=plans", key)
                        .body()
                        .get("count")
                        .asInt())
                .as("a permission no one holds here")
                .isZero();
    }

    @Test
    void aParameterTheMembersListDoesNotKnowIsRefusedByName() {
        var key = bearer(tenant.memberKey());
        var path = "/organizations/" + tenant.organizationId() + "/members";
        var sortedByCreation = get(path + "?sort=created_at&page[size]=1", key).body();
        var creationCursor = URI.create(
                        sortedByCreation.get("_links").get("next").get("href").asString())
                .getRawQuery()
                .replaceFirst(".*page%5Bafter%5D=", "");

        for (var query : List.of(
                "filter[name]=x",
                "filter[permissions][contains]=admin",
                "filter[permissions]=owner",
                "filter[permissions][in]=admin,owner",
                "page[size]=0",
                "page[size]=x",
                "sort=name",
                "sort=created_at,updated_at",
                "page[after]=not-a-cursor",
                "page[before]=" + creationCursor,
                "page[after]=" + creationCursor + "&sort=-updated_at",
                "colour=red")) {
            var response = get(path + "?" + query, key);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.body().get("detail").asString())
                    .as(query)
                    .contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void membersLinkTheirUsersWhichRefUsersAnswersInUpsunsShape() {
        var key = bearer(tenant.memberKey());
        var path = "/organizations/" + tenant.organizationId() + "/members";
        var list = get(path, key).body();
        var memberUuid = uuid(tenant.memberId());
        var foreign = uuid(newTenant().memberId());

        var pageUsers = list.get("_links").get("ref:users:0").get("href").asString();
        var memberUsers = get(path + "/" + memberUuid, key)
                .body()
                .get("_links")
                .get("ref:users:0")
                .get("href")
                .asString();
        var references = get(pathOf(list.get("_links").get("ref:users:0")), key).body();
        var mixed = get("/ref/users?in=" + memberUuid + "," + foreign, key).body();

        assertThat(pageUsers).isEqualTo(url("/ref/users?in=" + String.join(",", userIds(list))));
        assertThat(memberUsers).as("one user, as Upsun's JS client reads it").isEqualTo(url("/users/" + memberUuid));
        assertThat(references.propertyNames()).containsExactlyElementsOf(userIds(list));
        var member = references.get(memberUuid);
        assertThat(member.propertyNames())
                .containsExactlyInAnyOrder(
                        "id", "username", "email", "first_name", "last_name", "picture", "mfa_enabled", "sso_enabled");
        var me = get("/users/me", key).body();
        for (var field : List.of("id", "username", "email", "first_name", "last_name", "picture")) {
            assertThat(member.get(field)).as(field).isEqualTo(me.get(field));
        }
        assertThat(member.get("mfa_enabled").asBoolean()).isFalse();
        assertThat(mixed.get(memberUuid).get("id").asString()).isEqualTo(memberUuid);
        assertThat(mixed.get(foreign).isNull())
                .as("another organization's user")
                .isTrue();
        for (var query : List.of("in=", "in=x", "sig=abc&in=" + memberUuid, "other=1", "")) {
            var response = get("/ref/users?" + query, key);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        var tooMany = String.join(",", Collections.nCopies(101, memberUuid));
        assertThat(get("/ref/users?in=" + tooMany, key).status()).isEqualTo(400);
    }

    @Test
    void theOrganizationLinksItsMembers() {
        var organization = get("/organizations/" + tenant.organizationId(), bearer(tenant.memberKey()))
                .body();

        assertThat(organization.get("_links").get("members").get("href").asString())
                .isEqualTo(url("/organizations/" + tenant.organizationId() + "/members"));
    }

    /** A Member with billing rights, in the tenant's organization; answers its id. */
    private String addBillingAdmin() {
        return provisioning.addUser(
                tenant.organizationId(),
                "billing-" + UUID.randomUUID() + "@example.com",
                "Billing",
                BuiltInRoles.MEMBER_ID,
                true);
    }

    private static String pathOf(JsonNode link) {
        var uri = URI.create(link.get("href").asString());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static List<String> userIds(JsonNode list) {
        var ids = new ArrayList<String>();
        list.get("items").forEach(item -> ids.add(item.get("user_id").asString()));
        return ids;
    }

    private List<String> uuidsInIdOrder(String... userIds) {
        return Stream.of(userIds).sorted().map(this::uuid).toList();
    }

    private static JsonNode member(JsonNode list, String userId) {
        for (var item : list.get("items")) {
            if (item.get("user_id").asString().equals(userId)) {
                return item;
            }
        }
        throw new AssertionError("no member " + userId + " in " + list);
    }
}
