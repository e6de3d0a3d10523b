package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.Ids;
import io.accountsapi.auth.BuiltInRoles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** CONTRACT section 5 apart from PATCH: list, create, read, replace, deactivate, profile, errors. */
class UserApiTest extends ApiTestSupport {

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    private JsonNode createUser(String json) {
        var response =
                send("POST", "/users/", jwt(tenant.adminKey()), json, Map.of("Content-Type", "application/json"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body();
    }

    private static String email(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void userHasEverySeedField() {
        var body =
                get("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey())).body();

        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "email",
                        "name",
                        "title",
                        "is_billing_admin",
                        "changed_by",
                        "changed",
                        "active",
                        "labels",
                        "user_roles",
                        "last_login",
                        "is_apiuser",
                        "mfa_enabled");
        assertThat(body.get("id").asString()).hasSize(12);
        assertThat(body.get("changed").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(body.get("last_login").isNull()).isTrue();
        assertThat(body.get("user_roles")).isEqualTo(json("""
                [{"role": {"id": "MemberRoLe11", "name": "Member"},
                  "scope": {"tier": "account", "team": null, "target": null}}]"""));
    }

    @Test
    void pathsAnswerWithAndWithoutTrailingSlash() {
        for (var path : List.of(
                "/users/",
                "/users",
                "/users/" + tenant.memberId() + "/",
                "/users/" + tenant.memberId(),
                "/profile/",
                "/profile")) {
            assertThat(get(path, jwt(tenant.memberKey())).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void profileIsTheCaller() {
        var body = get("/profile/", jwt(tenant.memberKey())).body();

        assertThat(body.get("id").asString()).isEqualTo(tenant.memberId());
        assertThat(body.get("is_billing_admin").asBoolean()).isFalse();
        assertThat(get("/profile/", bearer(tenant.adminKey()))
                        .body()
                        .get("is_billing_admin")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void listIsPaginatedInProbelysEnvelope() {
        for (int i = 0; i < 3; i++) {
            createUser("{\"email\": \"" + email("page" + i) + "\", \"name\": \"Page " + i + "\"}");
        }

        var first = get("/users/?length=2", jwt(tenant.memberKey())).body();
        var third = get("/users/?length=2&page=3", jwt(tenant.memberKey())).body();

        assertThat(first.get("count").asInt()).isEqualTo(5);
        assertThat(first.get("page_total").asInt()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("length").asInt()).isEqualTo(2);
        assertThat(first.get("results").size()).isEqualTo(2);
        assertThat(third.get("results").size()).isEqualTo(1);
        var pastTheEnd = get("/users/?length=2&page=4", jwt(tenant.memberKey()));
        assertThat(pastTheEnd.status()).isEqualTo(404);
        assertThat(pastTheEnd.body()).isEqualTo(json("{\"detail\": \"Invalid page.\"}"));
        assertThat(get("/users/?page=abc", jwt(tenant.memberKey())).status()).isEqualTo(404);
        assertThat(get("/users/?page=0", jwt(tenant.memberKey())).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"500,100", "100,100", "0,10", "abc,10", "7,7"})
    void lengthDefaultsToTenAndIsCappedAtOneHundred(String asked, int used) {
        assertThat(get("/users/?length=" + asked, jwt(tenant.memberKey()))
                        .body()
                        .get("length")
                        .asInt())
                .isEqualTo(used);
    }

    @Test
    void listShowsOnlyTheCallersOrganization() {
        var foreign = newTenant();

        var ids = ids(get("/users/?length=100", jwt(tenant.adminKey())).body());

        assertThat(ids)
                .containsExactlyInAnyOrder(tenant.adminId(), tenant.memberId())
                .doesNotContain(foreign.memberId());
    }

    @Test
    void listFiltersSearchActiveLabelsAndRoles() {
        var zed = createUser("{\"email\": \"" + email("zed") + "\", \"name\": \"Zed Smith\", \"labels\": "
                        + "[{\"name\": \"red\"}, {\"name\": \"blue\"}]}")
                .get("id")
                .asString();
        var amy = createUser("{\"email\": \"" + email("amy") + "\", \"name\": \"Amy\", \"active\": false, \"labels\": "
                        + "[{\"name\": \"red\"}]}")
                .get("id")
                .asString();
        var red = labelId("red");
        var blue = labelId("blue");
        var key = jwt(tenant.memberKey());

        assertThat(ids(get("/users/?search=SMITH", key).body())).containsExactly(zed);
        assertThat(ids(get("/users/?search=smith%20zed", key).body()))
                .as("every word, in any order")
                .containsExactly(zed);
        assertThat(ids(get("/users/?search=Zed%20example.com", key).body()))
                .as("a word may match the e-mail")
                .containsExactly(zed);
        assertThat(ids(get("/users/?search=Smith%20Amy", key).body()))
                .as("each word must match")
                .isEmpty();
        assertThat(ids(get("/users/?search=" + tenant.adminEmail().substring(0, 12), key)
                        .body()))
                .containsExactly(tenant.adminId());
        assertThat(ids(get("/users/?active=false", key).body())).containsExactly(amy);
        assertThat(ids(get("/users/?label=" + red, key).body())).containsExactlyInAnyOrder(zed, amy);
        assertThat(ids(get("/users/?label=" + red + "&label=" + blue, key).body()))
                .containsExactlyInAnyOrder(zed, amy);
        assertThat(ids(get("/users/?label=" + red + "&label=" + blue + "&label_logical_operator=and", key)
                        .body()))
                .containsExactly(zed);
        assertThat(ids(get("/users/?role=" + BuiltInRoles.ADMIN_ID, key).body()))
                .containsExactly(tenant.adminId());
        var none = get("/users/?mfa_enabled=true", key).body();
        assertThat(ids(none)).isEmpty();
        assertThat(none.get("count").asInt()).isZero();
        assertThat(none.get("page_total").asInt())
                .as("an empty result is one page, as Django counts")
                .isEqualTo(1);
        assertThat(ids(get("/users/?search=%25", key).body()))
                .as("LIKE wildcards are literal")
                .isEmpty();
        assertThat(get("/users/?label_logical_operator=xor", key).status()).isEqualTo(400);
        assertThat(get("/users/?active=maybe", key).body())
                .isEqualTo(json("{\"active\": [\"Must be a valid boolean.\"]}"));
    }

    @Test
    void listFiltersByTeamTargetAccountWideRoleAndNoAccess() {
        var team = newScope("teams", "Blue team");
        var target = newScope("targets", "www");
        var inTeam = createUser("{\"email\": \"" + email("team") + "\", \"user_roles\": [{\"role\": {\"id\": \""
                        + BuiltInRoles.MEMBER_ID + "\"}, \"scope\": {\"tier\": \"team\", \"team\": {\"id\": \"" + team
                        + "\"}}}]}")
                .get("id")
                .asString();
        var onTarget = createUser("{\"email\": \"" + email("target") + "\", \"user_roles\": [{\"role\": {\"id\": \""
                        + BuiltInRoles.MEMBER_ID + "\"}, \"scope\": {\"tier\": \"target\", \"target\": {\"id\": \""
                        + target
                        + "\"}}}]}")
                .get("id")
                .asString();
        var withoutRoles =
                createUser("{\"email\": \"" + email("none") + "\"}").get("id").asString();
        jdbc.sql("DELETE FROM user_roles WHERE membership_id = :id")
                .param("id", withoutRoles)
                .update();
        var admin = tenant.adminId();
        var member = tenant.memberId();
        var key = jwt(tenant.memberKey());

        assertThat(ids(get("/users/?team=" + team, key).body())).containsExactly(inTeam);
        assertThat(ids(get("/users/?team=" + team + ",unknownTeam1", key).body()))
                .containsExactly(inTeam);
        assertThat(ids(get("/users/?target=" + target, key).body())).containsExactly(onTarget);
        assertThat(ids(get("/users/?team=" + team + "&target=" + target, key).body()))
                .as("different filters all apply")
                .isEmpty();
        assertThat(ids(get("/users/?exclude_team=" + team, key).body()))
                .containsExactlyInAnyOrder(admin, member, onTarget, withoutRoles);
        assertThat(ids(get("/users/?exclude_target=" + target, key).body()))
                .containsExactlyInAnyOrder(admin, member, inTeam, withoutRoles);
        assertThat(ids(get("/users/?account=true", key).body())).containsExactlyInAnyOrder(admin, member);
        assertThat(ids(get("/users/?account=false", key).body()))
                .containsExactlyInAnyOrder(inTeam, onTarget, withoutRoles);
        assertThat(ids(get("/users/?no_access=true", key).body())).containsExactly(withoutRoles);
        assertThat(ids(get("/users/?no_access=false", key).body()))
                .containsExactlyInAnyOrder(admin, member, inTeam, onTarget);
        assertThat(get("/users/?no_access=maybe", key).body())
                .isEqualTo(json("{\"no_access\": [\"Must be a valid boolean.\"]}"));
    }

    @Test
    void listLeavesOutTheFieldsAClientExcludes() {
        var key = jwt(tenant.memberKey());

        var list = get("/users/?exclude=labels&exclude=user_roles,changed_by&exclude=nonsense", key);

        assertThat(list.status()).isEqualTo(200);
        list.body()
                .get("results")
                .forEach(user -> assertThat(user.propertyNames())
                        .containsExactlyInAnyOrder(
                                "id",
                                "email",
                                "name",
                                "title",
                                "is_billing_admin",
                                "changed",
                                "active",
                                "last_login",
                                "is_apiuser",
                                "mfa_enabled"));
        assertThat(list.body().get("count").asInt()).isEqualTo(2);
        assertThat(get("/users/", key).body().get("results").get(0).has("labels"))
                .isTrue();
        assertThat(get("/users/" + tenant.memberId() + "/?exclude=labels", key)
                        .body()
                        .has("labels"))
                .as("the list's parameter only")
                .isTrue();
    }

    private String newScope(String table, String name) {
        var id = Ids.shortId();
        jdbc.sql("INSERT INTO " + table + " (id, organization_id, name) VALUES (:id, :org, :name)")
                .param("id", id)
                .param("org", tenant.organizationId())
                .param("name", name)
                .update();
        return id;
    }

    @Test
    void listOrdersByNameEmailOrChanged() {
        createUser("{\"email\": \"" + email("aaa") + "\", \"name\": \"Zulu\"}");
        createUser("{\"email\": \"" + email("zzz") + "\", \"name\": \"Alpha\"}");
        var key = jwt(tenant.memberKey());

        assertThat(names(get("/users/", key).body())).isSorted();
        assertThat(names(get("/users/?ordering=-name", key).body())).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(emails(get("/users/?ordering=email", key).body())).isSorted();
        assertThat(names(get("/users/?ordering=-changed", key).body()).getFirst())
                .isEqualTo("Alpha");
        assertThat(names(get("/users/?ordering=nonsense", key).body())).isSorted();
    }

    @Test
    void createMakesAMemberByDefault() {
        var address = email("New.User");

        var created = createUser("{\"email\": \"" + address + "\", \"name\": \"New\", \"title\": \"dev\", "
                + "\"labels\": [{\"name\": \"onboarding\", \"color\": \"#123456\"}]}");

        assertThat(created.get("email").asString()).isEqualTo(address);
        assertThat(created.get("active").asBoolean()).isTrue();
        assertThat(created.get("user_roles").get(0).get("role").get("name").asString())
                .isEqualTo("Member");
        assertThat(created.get("labels").get(0).get("name").asString()).isEqualTo("onboarding");
        assertThat(created.get("changed_by").get("id").asString()).isEqualTo(tenant.adminId());
        var stored = jdbc.sql("SELECT organization_id, title FROM memberships WHERE id = :id")
                .param("id", created.get("id").asString())
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("organization_id", tenant.organizationId())
                .containsEntry("title", "dev");
    }

    @Test
    void createAcceptsRolesAtEveryTier() {
        var team = Ids.shortId();
        var target = Ids.shortId();
        jdbc.sql("INSERT INTO teams (id, organization_id, name) VALUES (:id, :org, 'Blue team')")
                .param("id", team)
                .param("org", tenant.organizationId())
                .update();
        jdbc.sql("INSERT INTO targets (id, organization_id, name) VALUES (:id, :org, 'www')")
                .param("id", target)
                .param("org", tenant.organizationId())
                .update();

        var created = createUser("{\"email\": \"" + email("roles") + "\", \"user_roles\": ["
                + "{\"role\": {\"id\": \"AdminRoLe111\"}, \"scope\": {\"tier\": \"account\"}},"
                + "{\"role\": {\"id\": \"MemberRoLe11\"}, \"scope\": {\"tier\": \"team\", \"team\": {\"id\": \"" + team
                + "\"}}},"
                + "{\"role\": {\"id\": \"MemberRoLe11\"}, \"scope\": {\"tier\": \"target\", \"target\": {\"id\": \""
                + target + "\"}}}]}");

        assertThat(created.get("user_roles"))
                .isEqualTo(json("[{\"role\": {\"id\": \"AdminRoLe111\", \"name\": \"Admin\"},"
                        + " \"scope\": {\"tier\": \"account\", \"team\": null, \"target\": null}},"
                        + "{\"role\": {\"id\": \"MemberRoLe11\", \"name\": \"Member\"}, \"scope\": {\"tier\": \"team\","
                        + " \"team\": {\"id\": \"" + team + "\", \"name\": \"Blue team\"}, \"target\": null}},"
                        + "{\"role\": {\"id\": \"MemberRoLe11\", \"name\": \"Member\"}, \"scope\": {\"tier\": \"target\","
                        + " \"team\": null, \"target\": {\"id\": \"" + target + "\", \"name\": \"www\"}}}]"));
        var path = "/users/" + created.get("id").asString() + "/";
        assertThat(get(path, jwt(tenant.adminKey())).body().get("user_roles"))
                .as("read back, teams and targets loaded when a role has one")
                .isEqualTo(created.get("user_roles"));
        assertThat(get("/users/?team=" + team, jwt(tenant.adminKey()))
                        .body()
                        .get("results")
                        .get(0)
                        .get("user_roles"))
                .as("in a page")
                .isEqualTo(created.get("user_roles"));
    }

    @Test
    void createRefusesUnknownRolesAndForeignTeams() {
        var foreignTeam = Ids.shortId();
        var foreign = newTenant();
        jdbc.sql("INSERT INTO teams (id, organization_id, name) VALUES (:id, :org, 'Theirs')")
                .param("id", foreignTeam)
                .param("org", foreign.organizationId())
                .update();

        var response = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                "{\"email\": \"" + email("bad-roles") + "\", "
                        + "\"user_roles\": [{\"role\": {\"id\": \"NoSuchRole12\"}, \"scope\": {\"tier\": \"account\"}},"
                        + "{\"role\": {\"id\": \"MemberRoLe11\"}, \"scope\": {\"tier\": \"team\", \"team\": {\"id\": \""
                        + foreignTeam + "\"}}},"
                        + "{\"role\": {\"id\": \"MemberRoLe11\"}, \"scope\": {\"tier\": \"team\"}},"
                        + "{\"role\": {\"id\": \"MemberRoLe11\"}, \"scope\": {\"tier\": \"galaxy\"}}]}",
                Map.of("Content-Type", "application/json"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("user_roles")).isEqualTo(json("""
                [{}, {}, {"scope": {"team": ["This field is required."]}},
                 {"scope": {"tier": ["\\"galaxy\\" is not a valid choice."]}}]"""));
        var afterShape = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                "{\"email\": \"" + email("bad-roles") + "\", "
                        + "\"user_roles\": [{\"role\": {\"id\": \"NoSuchRole12\"}, \"scope\": {\"tier\": \"account\"}},"
                        + "{\"role\": {\"id\": \"MemberRoLe11\"}, \"scope\": {\"tier\": \"team\", \"team\": {\"id\": \""
                        + foreignTeam + "\"}}}]}",
                Map.of("Content-Type", "application/json"));
        assertThat(afterShape.body().get("user_roles"))
                .isEqualTo(json("[{\"role\": {\"id\": [\"Invalid pk \\\"NoSuchRole12\\\" - "
                        + "object does not exist.\"]}}, {\"scope\": {\"team\": {\"id\": [\"Invalid pk \\\""
                        + foreignTeam
                        + "\\\" - object does not exist.\"]}}}]"));
    }

    @Test
    void createValidatesEmail() {
        var taken = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                "{\"email\": \"" + tenant.adminEmail().toUpperCase() + "\"}",
                Map.of("Content-Type", "application/json"));
        var missing = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                "{\"name\": \"No Email\"}",
                Map.of("Content-Type", "application/json"));
        var invalid = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                "{\"email\": \"not-an-email\"}",
                Map.of("Content-Type", "application/json"));

        assertThat(taken.body()).isEqualTo(json("{\"email\": [\"user with this email already exists.\"]}"));
        assertThat(missing.body()).isEqualTo(json("{\"email\": [\"This field is required.\"]}"));
        assertThat(invalid.body()).isEqualTo(json("{\"email\": [\"Enter a valid email address.\"]}"));
        assertThat(jdbc.sql("SELECT count(*) FROM memberships WHERE organization_id = :org")
                        .param("org", tenant.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void concurrentCreationsOfOneEmailGiveOneUserAndNoServerError() throws Exception {
        var address = email("race");
        var body = "{\"email\": \"" + address + "\", \"labels\": [{\"name\": \"race-label\"}]}";
        try (var pool = Executors.newFixedThreadPool(8)) {
            var start = new CountDownLatch(1);
            var answers = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return send(
                                        "POST",
                                        "/users/",
                                        jwt(tenant.adminKey()),
                                        body,
                                        Map.of("Content-Type", "application/json"))
                                .status();
                    }))
                    .toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).isSubsetOf(201, 400, 409).containsOnlyOnce(201);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM people WHERE lower(email) = lower(:email)")
                        .param("email", address)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void concurrentWritesIntroducingTheSameNewLabelsAllSucceed() throws Exception {
        var labels = IntStream.range(0, 7)
                .mapToObj(i -> "{\"name\": \"team" + i + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        try (var pool = Executors.newFixedThreadPool(8)) {
            var start = new CountDownLatch(1);
            var answers = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return send(
                                "POST",
                                "/users/",
                                jwt(tenant.adminKey()),
                                "{\"email\": \"" + email("labels-" + i) + "\", \"labels\": " + labels + "}",
                                Map.of("Content-Type", "application/json"));
                    }))
                    .toList();
            start.countDown();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                assertThat(response.body().get("labels").size()).isEqualTo(7);
            }
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM labels WHERE organization_id = :org AND name LIKE 'team_'""")
                        .param("org", tenant.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(7);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM user_labels ul JOIN labels l ON l.id = ul.label_id
                WHERE l.organization_id = :org AND l.name LIKE 'team_'""")
                        .param("org", tenant.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(56);
    }

    @Test
    void createFromAFormWorksToo() {
        var address = email("form");

        var response = send(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                Encoding.FORM,
                List.of(
                        Map.entry("email", address),
                        Map.entry("name", "Form"),
                        Map.entry("labels[0]name", "from-form")));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("labels").get(0).get("name").asString()).isEqualTo("from-form");
    }

    @Test
    void onlyAnAdminCreatesReplacesAndDeactivates() {
        var create = send(
                "POST",
                "/users/",
                jwt(tenant.memberKey()),
                "{\"email\": \"" + email("sneaky") + "\"}",
                Map.of("Content-Type", "application/json"));
        var replace = send(
                "PUT",
                "/users/" + tenant.adminId() + "/",
                jwt(tenant.memberKey()),
                "{\"labels\": []}",
                Map.of("Content-Type", "application/json"));
        var delete = send("DELETE", "/users/" + tenant.adminId() + "/", jwt(tenant.memberKey()), null, Map.of());

        assertThat(List.of(create.status(), replace.status(), delete.status())).containsOnly(403);
        assertThat(create.body())
                .isEqualTo(json("{\"detail\": \"You do not have permission to perform this action.\"}"));
        assertThat(jdbc.sql("SELECT active FROM memberships WHERE id = :id")
                        .param("id", tenant.adminId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void putReplacesAllWritableFieldsAndRequiresLabels() {
        patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), "{\"labels\": [{\"name\": \"old\"}]}");

        var missingLabels = send(
                "PUT",
                "/users/" + tenant.memberId() + "/",
                jwt(tenant.adminKey()),
                "{\"name\": \"Put\"}",
                Map.of("Content-Type", "application/json"));
        var replaced = send(
                "PUT",
                "/users/" + tenant.memberId(),
                jwt(tenant.adminKey()),
                "{\"name\": \"Put\", \"title\": \"other\", \"labels\": [{\"name\": \"new\"}]}",
                Map.of("Content-Type", "application/json"));

        assertThat(missingLabels.status()).isEqualTo(400);
        assertThat(missingLabels.body()).isEqualTo(json("{\"labels\": [\"This field is required.\"]}"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().get("name").asString()).isEqualTo("Put");
        assertThat(replaced.body().get("labels").get(0).get("name").asString()).isEqualTo("new");
        assertThat(replaced.body().get("labels").size()).isEqualTo(1);
    }

    @Test
    void deleteDeactivatesAndTheKeyStopsWorking() {
        var response = send("DELETE", "/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), null, Map.of());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.raw().body()).isEmpty();
        assertThat(jdbc.sql("SELECT active FROM memberships WHERE id = :id")
                        .param("id", tenant.memberId())
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(get("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()))
                        .body()
                        .get("active")
                        .asBoolean())
                .isFalse();
        assertThat(get("/profile/", jwt(tenant.memberKey())).status()).isEqualTo(401);
    }

    @Test
    void anotherOrganizationsUserIsNotFoundForEveryMethod() {
        var foreign = newTenant();
        var path = "/users/" + foreign.memberId() + "/";
        var json = Map.of("Content-Type", "application/json");

        assertThat(get(path, jwt(tenant.adminKey())).status()).isEqualTo(404);
        assertThat(send("PUT", path, jwt(tenant.adminKey()), "{\"labels\": []}", json)
                        .status())
                .isEqualTo(404);
        assertThat(send("DELETE", path, jwt(tenant.adminKey()), null, Map.of()).status())
                .isEqualTo(404);
        assertThat(get("/users/NoSuchUser12/", jwt(tenant.adminKey())).body())
                .isEqualTo(json("{\"detail\": \"Not found.\"}"));
        assertThat(jdbc.sql("SELECT active FROM memberships WHERE id = :id")
                        .param("id", foreign.memberId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"name\": \"x\"}]", "\"x\"", "42"})
    void bodyThatIsNotAnObjectIsRefused(String body) {
        var response = patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("non_field_errors").get(0).asString())
                .startsWith("Invalid data. Expected a dictionary, but got ");
    }

    @Test
    void drfErrorBodiesForParsingMediaTypeMethodAndAuthentication() {
        var path = "/users/" + tenant.memberId() + "/";

        var malformed = patch(path, jwt(tenant.adminKey()), "{\"name\": ");
        var mediaType = send("PATCH", path, jwt(tenant.adminKey()), "name=x", Map.of("Content-Type", "text/plain"));
        var method = send("POST", path, jwt(tenant.adminKey()), "{}", Map.of("Content-Type", "application/json"));
        var noKey = get(path, null);
        var badKey = get(path, "JWT nope");
        var notAcceptable = send("GET", path, jwt(tenant.adminKey()), null, Map.of("Accept", "text/html"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("detail").asString()).startsWith("JSON parse error - ");
        assertThat(mediaType.status()).isEqualTo(415);
        assertThat(mediaType.body())
                .isEqualTo(json("{\"detail\": \"Unsupported media type \\\"text/plain\\\" in request.\"}"));
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.body()).isEqualTo(json("{\"detail\": \"Method \\\"POST\\\" not allowed.\"}"));
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.body()).isEqualTo(json("{\"detail\": \"Authentication credentials were not provided.\"}"));
        assertThat(noKey.header("WWW-Authenticate")).startsWith("JWT");
        assertThat(noKey.contentType()).startsWith("application/json");
        assertThat(badKey.body()).isEqualTo(json("{\"detail\": \"Incorrect authentication credentials.\"}"));
        assertThat(notAcceptable.status()).isEqualTo(406);
        assertThat(notAcceptable.body())
                .isEqualTo(json("{\"detail\": \"Could not satisfy the request Accept header.\"}"));
    }

    private String labelId(String name) {
        return jdbc.sql("SELECT id FROM labels WHERE organization_id = :org AND name = :name")
                .param("org", tenant.organizationId())
                .param("name", name)
                .query(String.class)
                .single();
    }

    private static List<String> ids(JsonNode list) {
        return field(list, "id");
    }

    private static List<String> names(JsonNode list) {
        return field(list, "name");
    }

    private static List<String> emails(JsonNode list) {
        return field(list, "email").stream().map(String::toLowerCase).toList();
    }

    private static List<String> field(JsonNode list, String name) {
        return StreamSupport.stream(list.get("results").spliterator(), false)
                .map(user -> user.get(name).asString())
                .toList();
    }
}
