package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.auth.BuiltInRoles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One person with a membership in each of two organizations: each organization's answers, in both dialects, show that
 * membership's title, labels, roles and permissions, and the person's one name and e-mail.
 */
class PersonInTwoOrganizationsTest extends ApiTestSupport {

    private TestTenant first;
    private TestTenant second;
    private String personId;
    private String secondMembershipId;
    private String secondKey;

    @BeforeEach
    void personInTwoOrganizations() {
        first = newTenant();
        second = newTenant();
        personId = uuid(first.memberId());
        secondMembershipId = provisioning.addMembership(
                UUID.fromString(personId), second.organizationId(), BuiltInRoles.ADMIN_ID, true);
        secondKey = provisioning.issueKey(secondMembershipId, "second");
    }

    @Test
    void eachOrganizationShowsItsOwnMembershipAndTheSamePerson() {
        assertThat(patch(
                                "/users/" + first.memberId() + "/",
                                jwt(first.adminKey()),
                                "{\"title\": \"cto\", \"labels\": [{\"name\": \"backend\"}]}")
                        .status())
                .isEqualTo(200);
        assertThat(patch(
                                "/users/" + secondMembershipId + "/",
                                jwt(second.adminKey()),
                                "{\"title\": \"devop\", \"labels\": [{\"name\": \"ops\"}, {\"name\": \"oncall\"}]}")
                        .status())
                .isEqualTo(200);

        var inFirst =
                get("/users/" + first.memberId() + "/", jwt(first.adminKey())).body();
        var inSecond = get("/users/" + secondMembershipId + "/", jwt(second.adminKey()))
                .body();
        assertThat(inFirst.get("title").asString()).isEqualTo("cto");
        assertThat(inSecond.get("title").asString()).isEqualTo("devop");
        assertThat(names(inFirst.get("labels"))).containsExactly("backend");
        assertThat(names(inSecond.get("labels"))).containsExactly("oncall", "ops");
        assertThat(inFirst.at("/user_roles/0/role/name").asString()).isEqualTo("Member");
        assertThat(inSecond.at("/user_roles/0/role/name").asString()).isEqualTo("Admin");
        assertThat(inFirst.get("is_billing_admin").asBoolean()).isFalse();
        assertThat(inSecond.get("is_billing_admin").asBoolean()).isTrue();
        assertThat(inSecond.get("email").asString())
                .isEqualTo(inFirst.get("email").asString());
        assertThat(inSecond.get("name").asString())
                .isEqualTo(inFirst.get("name").asString());
        assertThat(get("/profile/", jwt(secondKey)).body().get("id").asString()).isEqualTo(secondMembershipId);

        var memberInFirst = get(
                        "/organizations/" + first.organizationId() + "/members/" + personId, bearer(first.adminKey()))
                .body();
        var memberInSecond = get(
                        "/organizations/" + second.organizationId() + "/members/" + personId, bearer(second.adminKey()))
                .body();
        assertThat(memberInFirst.get("user_id").asString()).isEqualTo(personId);
        assertThat(memberInSecond.get("user_id").asString()).isEqualTo(personId);
        assertThat(memberInFirst.get("permissions").valueStream().map(JsonNode::asString))
                .isEmpty();
        assertThat(memberInSecond.get("permissions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("admin", "billing", "members");

        var userInFirst = get("/users/" + personId, bearer(first.adminKey())).body();
        var userInSecond = get("/users/" + personId, bearer(second.adminKey())).body();
        assertThat(userInFirst.get("id").asString()).isEqualTo(personId);
        assertThat(userInSecond.get("email").asString())
                .isEqualTo(userInFirst.get("email").asString());
        assertThat(userInSecond.get("first_name").asString())
                .isEqualTo(userInFirst.get("first_name").asString())
                .isEqualTo("Member");
    }

    @Test
    void aNameChangedInOneOrganizationIsThePersonsInBoth() {
        assertThat(patch("/users/" + secondMembershipId + "/", jwt(secondKey), "{\"name\": \"Jane Smith\"}")
                        .status())
                .isEqualTo(200);

        assertThat(get("/users/" + first.memberId() + "/", jwt(first.adminKey()))
                        .body()
                        .get("name")
                        .asString())
                .isEqualTo("Jane Smith");
        assertThat(get("/users/me", bearer(first.memberKey()))
                        .body()
                        .get("last_name")
                        .asString())
                .isEqualTo("Smith");
        assertThat(jdbc.sql("SELECT person_name FROM memberships WHERE person_id = CAST(:person AS uuid)")
                        .param("person", personId)
                        .query(String.class)
                        .list())
                .as("the copy the lists order by")
                .containsExactly("Jane Smith", "Jane Smith");
    }

    @Test
    void anAdminOfOneOrganizationNeitherRenamesThePersonNorTouchesTheOther() {
        var path = "/users/" + first.memberId() + "/";

        var renamed = patch(path, jwt(first.adminKey()), "{\"name\": \"Renamed By Admin\", \"title\": \"cto\"}");
        var retitled = patch(path, jwt(first.adminKey()), "{\"title\": \"cto\"}");

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.body().get("name").get(0).asString())
                .isEqualTo("This user belongs to other organizations too; only they can change their name.");
        assertThat(retitled.status()).isEqualTo(200);
        assertThat(get("/users/" + secondMembershipId + "/", jwt(second.adminKey()))
                        .body()
                        .get("title")
                        .asString())
                .as("the other organization's title")
                .isNotEqualTo("cto");
        assertThat(jdbc.sql("SELECT name FROM people WHERE id = CAST(:person AS uuid)")
                        .param("person", personId)
                        .query(String.class)
                        .single())
                .isEqualTo("Member");
    }

    @Test
    void aPersonIssuesThemselvesAKeyThatActsInTheirOtherOrganizationThroughProbelysPaths() {
        var keys = "/users/" + first.memberId() + "/keys/";
        var json = Map.of("Content-Type", "application/json");

        var issued = send(
                "POST",
                keys,
                jwt(first.memberKey()),
                "{\"name\": \"second\", \"organization\": \"" + second.organizationId() + "\"}",
                json);
        var forAnother = send(
                "POST",
                keys,
                jwt(first.adminKey()),
                "{\"name\": \"x\", \"organization\": \"" + second.organizationId() + "\"}",
                json);
        var notTheirs = send(
                "POST",
                keys,
                jwt(first.memberKey()),
                "{\"name\": \"x\", \"organization\": \"" + newTenant().organizationId() + "\"}",
                json);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var key = issued.body().get("key").asString();
        assertThat(get("/profile/", jwt(key)).body().get("id").asString())
                .as("Probely's calls act in the second organization")
                .isEqualTo(secondMembershipId);
        assertThat(get("/profile/", jwt(first.memberKey())).body().get("id").asString())
                .isEqualTo(first.memberId());
        assertThat(forAnother.status()).as("an Admin, for someone else's key").isEqualTo(403);
        assertThat(notTheirs.status())
                .as("an organization they do not belong to")
                .isEqualTo(404);
    }

    @Test
    void deactivatingOneMembershipLeavesTheOther() {
        assertThat(send("DELETE", "/users/" + first.memberId() + "/", jwt(first.adminKey()), null, Map.of())
                        .status())
                .isEqualTo(204);

        assertThat(get("/profile/", jwt(first.memberKey())).status()).isEqualTo(401);
        assertThat(get("/profile/", jwt(secondKey)).body().get("active").asBoolean())
                .isTrue();
        assertThat(get("/organizations/" + second.organizationId() + "/members/" + personId, bearer(secondKey))
                        .status())
                .isEqualTo(200);
        assertThat(get("/organizations/" + first.organizationId() + "/members/" + personId, bearer(first.adminKey()))
                        .status())
                .isEqualTo(404);
    }

    private static List<String> names(JsonNode labels) {
        return labels.valueStream().map(label -> label.get("name").asString()).toList();
    }
}
