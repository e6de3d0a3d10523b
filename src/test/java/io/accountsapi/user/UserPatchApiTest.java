package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.auth.BuiltInRoles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code PATCH /users/{id}/} as the seed describes it, in JSON, urlencoded and multipart bodies alike: the answer a
 * client sees and what is stored afterwards.
 */
class UserPatchApiTest extends ApiTestSupport {

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    /** A PATCH body: scalar fields (plain text) and, unless null, the whole label list as [name, color] pairs. */
    private record Body(Map<String, String> fields, List<String[]> labels) {

        static Body of(String... keysAndValues) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                fields.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return new Body(fields, null);
        }

        Body withLabels(String[]... labels) {
            return new Body(fields, List.of(labels));
        }

        List<Map.Entry<String, String>> entries(Encoding encoding) {
            var entries = new ArrayList<Map.Entry<String, String>>();
            fields.forEach((key, value) -> entries.add(Map.entry(key, encoding.isForm() ? value : quoted(value))));
            if (labels != null) {
                if (!encoding.isForm()) {
                    entries.add(Map.entry(
                            "labels",
                            labels.stream()
                                    .map(label -> "{\"name\": " + quoted(label[0])
                                            + (label.length > 1 ? ", \"color\": " + quoted(label[1]) : "") + "}")
                                    .collect(Collectors.joining(", ", "[", "]"))));
                } else if (labels.isEmpty()) {
                    entries.add(Map.entry("labels", ""));
                } else {
                    for (int i = 0; i < labels.size(); i++) {
                        entries.add(Map.entry("labels[" + i + "]name", labels.get(i)[0]));
                        if (labels.get(i).length > 1) {
                            entries.add(Map.entry("labels[" + i + "]color", labels.get(i)[1]));
                        }
                    }
                }
            }
            return entries;
        }

        private static String quoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    private Response patchUser(Encoding encoding, String userId, String key, Body body) {
        return send("PATCH", "/users/" + userId + "/", jwt(key), encoding, body.entries(encoding));
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void overLongNameIsRefusedAndNothingStored(Encoding encoding) {
        var before = storedUser(tenant.memberId());

        var response = patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of("name", "x".repeat(61), "title", "cto"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(json("{\"name\": [\"Ensure this field has no more than 60 characters.\"]}"));
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void nameIsTrimmedAndStored(Encoding encoding) {
        var response =
                patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of("name", "  " + "n".repeat(60) + " "));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("name").asString()).isEqualTo("n".repeat(60));
        assertThat(storedUser(tenant.memberId())).containsEntry("name", "n".repeat(60));
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void titleMustBeOneOfTheChoices(Encoding encoding) {
        var before = storedUser(tenant.memberId());

        var response = patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of("title", "boss"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(json("{\"title\": [\"\\\"boss\\\" is not a valid choice.\"]}"));
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void emptyTitleIsAChoice(Encoding encoding) {
        patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of("title", "seceng"));

        var response = patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of("title", ""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("title").asString()).isEmpty();
        assertThat(storedUser(tenant.memberId())).containsEntry("title", "");
    }

    @Test
    void nullIsRefusedForEveryField() {
        var before = storedUser(tenant.memberId());

        var response = patch(
                "/users/" + tenant.memberId() + "/",
                jwt(tenant.adminKey()),
                "{\"name\": null, \"title\": null, \"active\": null, \"labels\": null}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(json("""
                {"name": ["This field may not be null."], "title": ["This field may not be null."],
                 "active": ["This field may not be null."], "labels": ["This field may not be null."]}"""));
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
    }

    static Stream<Arguments> booleanSpellings() {
        return Stream.of(Encoding.values())
                .flatMap(encoding -> Stream.of(
                                "true:false",
                                "True:false",
                                "TRUE:false",
                                "yes:false",
                                "on:false",
                                "1:false",
                                "t:false",
                                "y:false",
                                "false:true",
                                "False:true",
                                "no:true",
                                "off:true",
                                "0:true",
                                "f:true",
                                "N:true")
                        .map(pair ->
                                Arguments.of(encoding, pair.split(":")[0], !Boolean.parseBoolean(pair.split(":")[1]))));
    }

    @ParameterizedTest(name = "{0} active={1}")
    @MethodSource("booleanSpellings")
    void activeTakesDrfBooleanSpellings(Encoding encoding, String spelling, boolean expected) {
        jdbc.sql("UPDATE memberships SET active = :active WHERE id = :id")
                .param("active", !expected)
                .param("id", tenant.memberId())
                .update();

        var response = patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of("active", spelling));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("active").asBoolean()).isEqualTo(expected);
        assertThat(storedUser(tenant.memberId())).containsEntry("active", expected);
    }

    @Test
    void activeTakesJsonBooleansAndNumbers() {
        for (var value :
                Map.of("false", false, "true", true, "0", false, "1", true).entrySet()) {
            var response = patch(
                    "/users/" + tenant.memberId() + "/",
                    jwt(tenant.adminKey()),
                    "{\"active\": " + value.getKey() + "}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(storedUser(tenant.memberId())).containsEntry("active", value.getValue());
        }
        var refused = patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), "{\"active\": 2}");
        assertThat(refused.body()).isEqualTo(json("{\"active\": [\"Must be a valid boolean.\"]}"));
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void badLabelColorGivesAnErrorAlignedWithTheInput(Encoding encoding) {
        patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(new String[] {"kept"}));
        var before = storedLabels(tenant.memberId());

        var response = patchUser(
                encoding,
                tenant.memberId(),
                tenant.adminKey(),
                Body.of().withLabels(new String[] {"ok", "#00FF00"}, new String[] {"bad", "red!"}));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        json("{\"labels\": [{}, {\"color\": [\"This value does not match the required pattern.\"]}]}"));
        assertThat(storedLabels(tenant.memberId())).isEqualTo(before).containsExactly("kept");
        assertThat(labelExists("ok")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void labelNameOver255CharactersIsRefused(Encoding encoding) {
        var response = patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(new String[] {"n".repeat(256)}));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        json("{\"labels\": [{\"name\": [\"Ensure this field has no more than 255 characters.\"]}]}"));
        assertThat(storedLabels(tenant.memberId())).isEmpty();
        assertThat(patchUser(
                                encoding,
                                tenant.memberId(),
                                tenant.adminKey(),
                                Body.of().withLabels(new String[] {"n".repeat(255)}))
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void atMostOneHundredLabels(Encoding encoding) {
        var tooMany = IntStream.range(0, 101)
                .mapToObj(i -> new String[] {"label-" + i})
                .toArray(String[][]::new);

        var refused = patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(tooMany));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .isEqualTo(json("{\"labels\": [\"Ensure this field has no more than 100 elements.\"]}"));
        assertThat(storedLabels(tenant.memberId())).isEmpty();
        var accepted = patchUser(
                encoding,
                tenant.memberId(),
                tenant.adminKey(),
                Body.of().withLabels(java.util.Arrays.copyOf(tooMany, 100)));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(storedLabels(tenant.memberId())).hasSize(100);
    }

    @Test
    void labelsMustBeAList() {
        for (var value : Map.of("{}", "dict", "\"a\"", "str", "1", "int").entrySet()) {
            var response = patch(
                    "/users/" + tenant.memberId() + "/",
                    jwt(tenant.adminKey()),
                    "{\"labels\": " + value.getKey() + "}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body())
                    .isEqualTo(json("{\"labels\": [\"Expected a list of items but got type \\\"" + value.getValue()
                            + "\\\".\"]}"));
        }
        var notDictionaries =
                patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), "{\"labels\": [\"a\", {}]}");
        assertThat(notDictionaries.body()).isEqualTo(json("""
                {"labels": [{"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]},
                            {"name": ["This field is required."]}]}"""));
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void readOnlyFieldsAreIgnoredAndUnchanged(Encoding encoding) {
        var before = storedUser(tenant.memberId());

        var response = patchUser(
                encoding,
                tenant.memberId(),
                tenant.adminKey(),
                Body.of(
                        "is_billing_admin",
                        "true",
                        "email",
                        "evil@example.com",
                        "id",
                        "AAAAAAAAAAAA",
                        "user_roles",
                        "x",
                        "mfa_enabled",
                        "true",
                        "is_apiuser",
                        "true",
                        "last_login",
                        "2020-01-01T00:00:00Z",
                        "changed",
                        "2020-01-01T00:00:00Z"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("email").asString()).isNotEqualTo("evil@example.com");
        assertThat(response.body().get("id").asString()).isEqualTo(tenant.memberId());
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
        assertThat(jdbc.sql("SELECT role_id FROM user_roles WHERE membership_id = :id")
                        .param("id", tenant.memberId())
                        .query(String.class)
                        .list())
                .containsExactly(BuiltInRoles.MEMBER_ID);
    }

    @Test
    void readOnlyFieldsInJsonOfAnyTypeAreIgnored() {
        var before = storedUser(tenant.memberId());

        var response = patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), """
                {"is_billing_admin": true, "user_roles": [{"role": {"id": "AdminRoLe111"}, "scope": {"tier": "account"}}],
                 "email": "evil@example.com", "id": "AAAAAAAAAAAA", "unknown": {"deep": [1, 2]}}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
        assertThat(jdbc.sql("SELECT role_id FROM user_roles WHERE membership_id = :id")
                        .param("id", tenant.memberId())
                        .query(String.class)
                        .list())
                .containsExactly(BuiltInRoles.MEMBER_ID);
    }

    @Test
    void strictHandlingRefusesIgnoredFields() {
        var response = send(
                "PATCH",
                "/users/" + tenant.memberId() + "/",
                jwt(tenant.adminKey()),
                "{\"name\": \"Strict\", \"email\": \"e@example.com\"}",
                Map.of("Content-Type", "application/json", "Prefer", "handling=strict"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(json("{\"email\": [\"This field cannot be changed.\"]}"));
        assertThat(storedUser(tenant.memberId())).containsEntry("name", "Member");
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void labelsReplaceTheWholeListAndOmittingThemKeepsThem(Encoding encoding) {
        patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(new String[] {"a"}, new String[] {
                    "b"
                }));
        assertThat(storedLabels(tenant.memberId())).containsExactly("a", "b");

        patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(new String[] {"b"}, new String[] {
                    "c"
                }));
        assertThat(storedLabels(tenant.memberId())).containsExactly("b", "c");

        patchUser(encoding, tenant.memberId(), tenant.adminKey(), Body.of("name", "Still labelled"));
        assertThat(storedLabels(tenant.memberId())).containsExactly("b", "c");

        var cleared = patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels());
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.body().get("labels").size()).isZero();
        assertThat(storedLabels(tenant.memberId())).isEmpty();
        assertThat(labelExists("a"))
                .as("labels stay in the organization's catalogue")
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void labelsAreMatchedByNameAndASentColorUpdatesThem(Encoding encoding) {
        var first = patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(new String[] {"team-x", "#111111"
                }));
        var labelId = first.body().get("labels").get(0).get("id").asString();

        var otherUser = patchUser(
                encoding, tenant.adminId(), tenant.adminKey(), Body.of().withLabels(new String[] {"team-x"}));
        var recolored = patchUser(
                encoding, tenant.memberId(), tenant.adminKey(), Body.of().withLabels(new String[] {"team-x", "#222222"
                }));

        assertThat(otherUser.body().get("labels").get(0).get("id").asString()).isEqualTo(labelId);
        assertThat(otherUser.body().get("labels").get(0).get("color").asString())
                .isEqualTo("#111111");
        assertThat(recolored.body().get("labels").get(0).get("id").asString()).isEqualTo(labelId);
        assertThat(jdbc.sql("SELECT color FROM labels WHERE id = :id")
                        .param("id", labelId)
                        .query(String.class)
                        .single())
                .isEqualTo("#222222");
    }

    @Test
    void changesRecordTheCallerAndTime() {
        var before = storedUser(tenant.memberId());

        var response = patch(
                "/users/" + tenant.memberId() + "/",
                jwt(tenant.adminKey()),
                "{\"name\": \"Renamed\", \"labels\": [{\"name\": \"new-label\", \"color\": \"#abcdef\"}]}");

        var body = response.body();
        assertThat(body.get("changed_by"))
                .isEqualTo(json("{\"id\": \"" + tenant.adminId() + "\", \"email\": \"" + tenant.adminEmail()
                        + "\", \"name\": \"\"}"));
        assertThat(body.get("changed").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(body.get("labels").get(0).get("changed_by").get("id").asString())
                .isEqualTo(tenant.adminId());
        var after = storedUser(tenant.memberId());
        assertThat(after.get("changed_by_id")).isEqualTo(tenant.adminId());
        assertThat((java.sql.Timestamp) after.get("changed")).isAfter((java.sql.Timestamp) before.get("changed"));
    }

    @Test
    void aLabelShowsWhoChangedItWhenSomeoneElseChangedTheUserSince() {
        var path = "/users/" + tenant.memberId() + "/";
        assertThat(patch(path, jwt(tenant.adminKey()), "{\"labels\": [{\"name\": \"set-by-the-admin\"}]}")
                        .status())
                .isEqualTo(200);
        assertThat(patch(path, jwt(tenant.memberKey()), "{\"name\": \"Renamed by themself\"}")
                        .status())
                .isEqualTo(200);

        var read = get(path, jwt(tenant.adminKey())).body();

        assertThat(read.get("changed_by").get("id").asString()).isEqualTo(tenant.memberId());
        assertThat(read.get("labels").get(0).get("changed_by"))
                .isEqualTo(json("{\"id\": \"" + tenant.adminId() + "\", \"email\": \"" + tenant.adminEmail()
                        + "\", \"name\": \"\"}"));
    }

    @Test
    void emptyPatchChangesNothing() {
        var before = storedUser(tenant.memberId());

        var json = patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), "{}");
        var empty = send(
                "PATCH",
                "/users/" + tenant.memberId() + "/",
                jwt(tenant.adminKey()),
                "",
                Map.of("Content-Type", "application/json"));

        assertThat(json.status()).isEqualTo(200);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void anotherOrganizationsUserIsNotFound(Encoding encoding) {
        var foreign = newTenant();
        var before = storedUser(foreign.memberId());

        var response = patchUser(encoding, foreign.memberId(), tenant.adminKey(), Body.of("name", "Hijacked"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(json("{\"detail\": \"Not found.\"}"));
        assertThat(storedUser(foreign.memberId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void memberMayNotPatchAnotherUser(Encoding encoding) {
        var before = storedUser(tenant.adminId());

        var response = patchUser(encoding, tenant.adminId(), tenant.memberKey(), Body.of("name", "Taken over"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo(json("{\"detail\": \"You do not have permission to perform this action.\"}"));
        assertThat(storedUser(tenant.adminId())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void memberMayPatchOwnNameAndTitle(Encoding encoding) {
        var response =
                patchUser(encoding, tenant.memberId(), tenant.memberKey(), Body.of("name", "Me", "title", "dev"));

        assertThat(response.status()).isEqualTo(200);
        // Who changed the user is the user: the same person, so the answer shows the new name there too.
        assertThat(response.body().get("changed_by").get("id").asString()).isEqualTo(tenant.memberId());
        assertThat(response.body().get("changed_by").get("name").asString()).isEqualTo("Me");
        assertThat(storedUser(tenant.memberId()))
                .containsEntry("name", "Me")
                .containsEntry("title", "dev")
                .containsEntry("changed_by_id", tenant.memberId());
    }

    @ParameterizedTest
    @EnumSource(Encoding.class)
    void memberMayNotChangeOwnActiveOrLabels(Encoding encoding) {
        var before = storedUser(tenant.memberId());

        var active =
                patchUser(encoding, tenant.memberId(), tenant.memberKey(), Body.of("name", "Me", "active", "false"));
        var labels = patchUser(
                encoding, tenant.memberId(), tenant.memberKey(), Body.of().withLabels(new String[] {"mine"}));

        assertThat(active.status()).isEqualTo(403);
        assertThat(labels.status()).isEqualTo(403);
        assertThat(storedUser(tenant.memberId())).isEqualTo(before);
        assertThat(labelExists("mine")).isFalse();
    }

    @Test
    void deactivatedUsersKeyIsRefusedOnTheNextRequest() {
        assertThat(get("/profile/", jwt(tenant.memberKey())).status()).isEqualTo(200);

        var response = patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), "{\"active\": false}");

        assertThat(response.status()).isEqualTo(200);
        var refused = get("/profile/", jwt(tenant.memberKey()));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo(json("{\"detail\": \"Incorrect authentication credentials.\"}"));
        assertThat(refused.header("WWW-Authenticate")).startsWith("JWT");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        var response = patch("/users/" + tenant.adminId() + "/", jwt(tenant.adminKey()), "{\"active\": false}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(storedUser(tenant.adminId())).containsEntry("active", true);
    }

    private Map<String, Object> storedUser(String userId) {
        return comparable(jdbc.sql("SELECT * FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id")
                .param("id", userId)
                .query()
                .singleRow());
    }

    private List<String> storedLabels(String userId) {
        return jdbc.sql("""
                SELECT l.name FROM user_labels ul JOIN labels l ON l.id = ul.label_id
                WHERE ul.membership_id = :id ORDER BY l.name""").param("id", userId).query(String.class).list();
    }

    private boolean labelExists(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM labels WHERE organization_id = :organization AND name = :name)")
                .param("organization", tenant.organizationId())
                .param("name", name)
                .query(Boolean.class)
                .single();
    }
}
