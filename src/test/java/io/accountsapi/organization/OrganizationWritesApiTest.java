package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * CONTRACT section 4, organizations created and deleted as Upsun's clients do: the creator owns the new organization
 * and acts in it with the key they have; its owner deletes it with all that is only its own, and nothing else.
 */
class OrganizationWritesApiTest extends ApiTestSupport {

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    @Test
    void aUserCreatesAnOrganizationTheyOwnAndActInWithTheirKey() {
        var creator = uuid(tenant.memberId());

        var response = create(tenant.memberKey(), "{\"label\": \"Créée Ltd " + unique() + "\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var organization = response.body();
        var id = organization.get("id").asString();
        assertThat(organization.get("label").asString()).startsWith("Créée Ltd");
        assertThat(organization.get("name").asString()).startsWith("creee-ltd-");
        assertThat(organization.get("type").asString()).isEqualTo("flexible");
        assertThat(organization.get("owner_id").asString()).isEqualTo(creator);
        assertThat(organization.get("country").asString()).isEmpty();
        var self = url("/organizations/" + id);
        var links = organization.get("_links");
        assertThat(links.get("self").get("href").asString()).isEqualTo(self);
        assertThat(links.get("update").get("method").asString()).isEqualTo("PATCH");
        assertThat(links.get("delete").get("href").asString()).isEqualTo(self);
        assertThat(links.get("delete").get("method").asString()).isEqualTo("DELETE");
        assertThat(links.get("members").get("href").asString()).isEqualTo(self + "/members");
        assertThat(links.get("create-member").get("href").asString()).isEqualTo(self + "/members");
        assertThat(links.get("create-member").get("method").asString()).isEqualTo("POST");

        var key = bearer(tenant.memberKey());
        assertThat(get("/organizations/" + id, key).body()).isEqualTo(organization);
        var member = get("/organizations/" + id + "/members/" + creator, key).body();
        assertThat(texts(member.get("permissions")))
                .containsExactly("admin", "billing", "members", "plans", "projects:create", "projects:list");
        assertThat(member.get("owner").asBoolean()).isTrue();
        assertThat(get("/organizations/" + id + "/profile", key)
                        .body()
                        .get("email")
                        .asString())
                .isEqualTo(get("/users/me", key).body().get("email").asString());
        assertThat(patch("/organizations/" + id, key, "{\"label\": \"Renamed\"}")
                        .status())
                .as("an Admin there")
                .isEqualTo(200);
        assertThat(patch("/organizations/" + tenant.organizationId(), key, "{\"label\": \"Renamed\"}")
                        .status())
                .as("still a Member in the key's own organization")
                .isEqualTo(403);
        assertThat(stored("SELECT count(*) FROM profiles WHERE organization_id = :id", id)
                        + stored("SELECT count(*) FROM addresses WHERE organization_id = :id", id)
                        + stored("SELECT count(*) FROM trials WHERE organization_id = :id", id))
                .isEqualTo(3);
    }

    @Test
    void aPersonsOrganizationsAreListedInTheOrderOfSortAndInPages() {
        var key = bearer(tenant.memberKey());
        var suffix = unique();
        var a = create(tenant.memberKey(), "{\"label\": \"List A " + suffix + "\"}")
                .body();
        var b = create(tenant.memberKey(), "{\"label\": \"List B " + suffix + "\"}")
                .body();
        var own = tenant.organizationId();

        var first = get("/organizations?sort=name&page[size]=2", key).body();
        var second = get(pathOf(first.get("_links").get("next")), key).body();
        var back = get(pathOf(second.get("_links").get("previous")), key).body();

        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(ids(first))
                .containsExactly(a.get("id").asString(), b.get("id").asString());
        assertThat(first.get("_links").has("previous")).isFalse();
        assertThat(ids(second)).containsExactly(own);
        assertThat(second.get("_links").has("next")).isFalse();
        assertThat(ids(back)).isEqualTo(ids(first));
        assertThat(ids(get("/organizations?sort=-name", key).body()))
                .containsExactly(own, b.get("id").asString(), a.get("id").asString());
        assertThat(ids(get("/organizations?filter[name][starts]=list-b-", key).body()))
                .containsExactly(b.get("id").asString());
        assertThat(get(
                                "/organizations?sort=-name&page[after]="
                                        + first.get("_links")
                                                .get("next")
                                                .get("href")
                                                .asString()
                                                .replaceAll(".*page%5Bafter%5D=", ""),
                                key)
                        .status())
                .as("a cursor of another sort")
                .isEqualTo(400);
        assertThat(ids(get("/users/" + uuid(tenant.memberId()) + "/organizations", bearer(tenant.adminKey()))
                        .body()))
                .as("what the Admin sees of the member's organizations: the one they share")
                .containsExactly(own);
    }

    @Test
    void everyFieldUpsunNamesIsTaken() {
        var name = "full-" + unique();

        var response = create(tenant.adminKey(), """
                {"label": "Full", "name": "%s", "type": "fixed", "country": "de",
                 "security_contact": "security@example.com", "owner_id": "%s"}""".formatted(name, uuid(tenant.adminId())));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var organization = response.body();
        assertThat(organization.get("name").asString()).isEqualTo(name);
        assertThat(organization.get("type").asString()).isEqualTo("fixed");
        assertThat(organization.get("country").asString()).isEqualTo("DE");
        assertThat(organization.get("security_contact").asString()).isEqualTo("security@example.com");
        assertThat(get("/organizations/name=" + name + "/profile", bearer(tenant.adminKey()))
                        .body()
                        .get("currency")
                        .asString())
                .isEqualTo("EUR");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                          | label            | This value should not be blank.",
                "{\"label\": \"  \"}                         | label            | This value should not be blank.",
                "{\"label\": \"x\", \"type\": \"big\"}       | type             | The value you selected is not a valid choice.",
                "{\"label\": \"x\", \"country\": \"XX\"}     | country          | This value is not a valid country.",
                "{\"label\": \"x\", \"name\": \"Not Valid\"} | name             | This value is not valid.",
                "{\"label\": \"x\", \"security_contact\": \"nope\"} | security_contact | This value is not a valid email address.",
                "{\"label\": \"x\", \"owner_id\": \"00000000-0000-0000-0000-000000000000\"} | owner_id | An organization is owned by the user who creates it."
            })
    void aBadBodyIsRefusedNamingTheFieldAndCreatesNothing(String body, String field, String message) {
        var before = organizations();

        var response = create(tenant.adminKey(), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("detail").get(field).asString()).isEqualTo(message);
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void aTakenNameIsRefused() {
        var before = organizations();

        var response = create(tenant.adminKey(), "{\"label\": \"x\", \"name\": \"" + tenant.organizationName() + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").get("name").asString()).isEqualTo("This value is already used.");
        assertThat(organizations()).isEqualTo(before);
    }

    @Test
    void itsOwnerDeletesTheOrganizationAndNothingOfItsPeopleElsewhere() {
        var created = create(tenant.adminKey(), "{\"label\": \"Short-lived " + unique() + "\"}")
                .body();
        var id = created.get("id").asString();
        var path = "/organizations/" + id;
        var person = uuid(tenant.memberId());
        send(
                "POST",
                path + "/members",
                bearer(tenant.adminKey()),
                "{\"user_id\": \"" + person + "\", \"permissions\": [\"admin\"]}",
                Map.of("Content-Type", "application/json"));
        var keyThere = provisioning.issueKey(membershipOf(person, id), "there");
        send(
                "PATCH",
                path + "/members/" + person,
                bearer(tenant.adminKey()),
                "{\"permissions\": [\"admin\", \"plans\"]}",
                Map.of("Content-Type", "application/json"));
        assertThat(jdbc.sql("SELECT changed_by_id FROM memberships WHERE id = :id")
                        .param("id", membershipOf(person, id))
                        .query(String.class)
                        .single())
                .as("who changed it: the owner as a member of this organization, not of the one their key acts in")
                .isEqualTo(membershipOf(uuid(tenant.adminId()), id));

        var byAnotherAdmin = send("DELETE", path, bearer(keyThere), null, Map.of());
        var byAStranger = send("DELETE", path, bearer(newTenant().adminKey()), null, Map.of());
        var byItsOwner = send("DELETE", path, bearer(tenant.adminKey()), null, Map.of());

        assertThat(byAnotherAdmin.status()).isEqualTo(403);
        assertThat(byAnotherAdmin.body().get("detail").asString())
                .isEqualTo("Only the organization's owner may do this.");
        assertThat(byAStranger.status()).isEqualTo(404);
        assertThat(byItsOwner.status()).isEqualTo(204);
        assertThat(get(path, bearer(tenant.adminKey())).status()).isEqualTo(404);
        assertThat(stored("SELECT count(*) FROM organizations WHERE id = :id", id)
                        + stored("SELECT count(*) FROM profiles WHERE organization_id = :id", id)
                        + stored("SELECT count(*) FROM addresses WHERE organization_id = :id", id)
                        + stored("SELECT count(*) FROM trials WHERE organization_id = :id", id)
                        + stored("SELECT count(*) FROM memberships WHERE organization_id = :id", id))
                .isZero();
        assertThat(get("/users/me", bearer(keyThere)).status())
                .as("a key that acted there")
                .isEqualTo(401);
        assertThat(get("/users/me", bearer(tenant.memberKey())).status())
                .as("their key elsewhere")
                .isEqualTo(200);
        assertThat(get("/organizations/" + tenant.organizationId(), bearer(tenant.adminKey()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anOrganizationOfAnotherPersonStaysNotFoundWhateverTheKey() {
        var foreign = newTenant();

        assertThat(get("/organizations/" + foreign.organizationId(), bearer(tenant.adminKey()))
                        .status())
                .isEqualTo(404);
        assertThat(get("/organizations/name=" + foreign.organizationName(), bearer(tenant.adminKey()))
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                "DELETE",
                                "/organizations/" + foreign.organizationId(),
                                bearer(tenant.adminKey()),
                                null,
                                Map.of())
                        .status())
                .isEqualTo(404);
    }

    private Response create(String key, String json) {
        return send("POST", "/organizations", bearer(key), json, Map.of("Content-Type", "application/json"));
    }

    private static List<String> ids(JsonNode list) {
        return list.get("items")
                .valueStream()
                .map(item -> item.get("id").asString())
                .toList();
    }

    /** A link's path and query, as this server's client would follow it. */
    private static String pathOf(JsonNode link) {
        var uri = java.net.URI.create(link.get("href").asString());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private int organizations() {
        return jdbc.sql("SELECT count(*) FROM organizations")
                .query(Integer.class)
                .single();
    }

    private int stored(String sql, String id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    private String membershipOf(String person, String organizationId) {
        return jdbc.sql("SELECT id FROM memberships WHERE person_id = CAST(:person AS uuid) AND organization_id = :org")
                .param("person", person)
                .param("org", organizationId)
                .query(String.class)
                .single();
    }
}
