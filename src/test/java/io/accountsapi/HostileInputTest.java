package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CONTRACT section 6, hostile input: a table of attacks and a seeded random generator of PATCH bodies. Every answer
 * must be a 2xx or a 4xx in the right dialect's shape, never a 5xx; a 4xx changes nothing; a 2xx changes only what
 * the contract lets a PATCH change, and what is stored is what the answer showed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends ApiTestSupport {

    static final int RANDOM_RUNS = Integer.getInteger("hostile.runs", 3000);
    static final long SEED = Long.getLong("hostile.seed", 20261123L);

    private static final List<String> USER_READ_ONLY = List.of(
            "id",
            "organization_id",
            "email",
            "is_billing_admin",
            "is_apiuser",
            "mfa_enabled",
            "last_login",
            "created_at");
    private static final List<String> PROFILE_READ_ONLY = List.of(
            "id",
            "organization_id",
            "created_at",
            "picture",
            "company_type",
            "company_role",
            "website_url",
            "ui_colorscheme",
            "new_ui",
            "marketing",
            "invoiced");

    private static final List<String> LABEL_READ_ONLY = List.of("id", "organization_id");
    private static final List<String> ORGANIZATION_READ_ONLY =
            List.of("id", "type", "status", "owner_id", "created_at");

    private TestTenant tenant;
    private String labelId;

    @BeforeAll
    void createTenant() {
        tenant = newTenant();
        labelId = Ids.shortId();
        jdbc.sql(
                        "INSERT INTO labels (id, organization_id, name, color, changed) VALUES (:id, :org, 'target', '', now())")
                .param("id", labelId)
                .param("org", tenant.organizationId())
                .update();
    }

    /** What a PATCH attacks: a user, the profile, the address, a label of the catalogue, or the organization. */
    enum Target {
        USER,
        PROFILE,
        ADDRESS,
        LABEL,
        ORGANIZATION;

        boolean usersDialect() {
            return this == USER || this == LABEL;
        }
    }

    record Attack(String name, Target target, Encoding encoding, String body) {
        @Override
        public String toString() {
            return target + " " + encoding + " " + name;
        }
    }

    static Stream<Attack> attacks() {
        var attacks = new ArrayList<Attack>();
        var values = List.of(
                "1",
                "1.5",
                "-0",
                "1e309",
                "true",
                "[]",
                "{}",
                "[1]",
                "{\"a\": 1}",
                "\"\"",
                "null",
                "\"  \"",
                "[null]",
                "[[]]");
        for (var field : List.of("name", "title", "active", "labels")) {
            values.forEach(
                    value -> attacks.add(json(Target.USER, "type confusion " + field + "=" + value, field, value)));
        }
        for (var field : List.of(
                "company_name",
                "vat_number",
                "billing_contact",
                "default_catalog",
                "project_options_url",
                "customer_type",
                "legal_entity_name")) {
            values.forEach(
                    value -> attacks.add(json(Target.PROFILE, "type confusion " + field + "=" + value, field, value)));
        }
        for (var field : List.of("country", "administrative_area", "postal_code", "locality")) {
            values.forEach(
                    value -> attacks.add(json(Target.ADDRESS, "type confusion " + field + "=" + value, field, value)));
        }
        for (var field : List.of("name", "color")) {
            values.forEach(
                    value -> attacks.add(json(Target.LABEL, "type confusion " + field + "=" + value, field, value)));
        }
        for (var field : List.of("name", "label", "country", "security_contact")) {
            values.forEach(value ->
                    attacks.add(json(Target.ORGANIZATION, "type confusion " + field + "=" + value, field, value)));
        }
        for (var item : List.of(
                "null",
                "1",
                "\"x\"",
                "[]",
                "{}",
                "{\"name\": null}",
                "{\"name\": 1}",
                "{\"name\": []}",
                "{\"name\": \"ok\", \"color\": null}",
                "{\"name\": \"ok\", \"color\": 5}",
                "{\"name\": \"\"}",
                "{\"name\": \"ok\", \"id\": \"AAAAAAAAAAAA\", \"changed_by\": {\"id\": \"x\"}}")) {
            attacks.add(json(Target.USER, "label item " + item, "labels", "[" + item + "]"));
        }
        for (var text : List.of(
                "\\u0000",
                "a\\u0000b",
                "\\u0007",
                "line\\nbreak",
                "\\u202eevil",
                "\\ud83d\\ude00",
                "\\ud800",
                "\\udc00x",
                "e\\u0301",
                "\\uffff",
                "日本語",
                "'; DROP TABLE users; --",
                "\\\" OR 1=1 --",
                "%",
                "_",
                "\\\\",
                "<script>alert(1)</script>",
                "${jndi:ldap://x}",
                "a".repeat(61),
                "a".repeat(10_000))) {
            attacks.add(json(Target.USER, "text name " + abbreviate(text), "name", "\"" + text + "\""));
            attacks.add(
                    json(Target.USER, "text label " + abbreviate(text), "labels", "[{\"name\": \"" + text + "\"}]"));
            attacks.add(
                    json(Target.PROFILE, "text company_name " + abbreviate(text), "company_name", "\"" + text + "\""));
            attacks.add(json(Target.ADDRESS, "text locality " + abbreviate(text), "locality", "\"" + text + "\""));
            attacks.add(json(Target.LABEL, "text name " + abbreviate(text), "name", "\"" + text + "\""));
            attacks.add(json(Target.LABEL, "text color " + abbreviate(text), "color", "\"" + text + "\""));
            attacks.add(json(Target.ORGANIZATION, "text label " + abbreviate(text), "label", "\"" + text + "\""));
            attacks.add(json(Target.ORGANIZATION, "text name " + abbreviate(text), "name", "\"" + text + "\""));
            attacks.add(json(
                    Target.PROFILE,
                    "text legal_entity_name " + abbreviate(text),
                    "legal_entity_name",
                    "\"" + text + "\""));
        }
        attacks.add(new Attack("duplicate keys", Target.USER, Encoding.JSON, "{\"name\": \"a\", \"name\": \"b\"}"));
        attacks.add(new Attack(
                "duplicate keys", Target.PROFILE, Encoding.JSON, "{\"vat_number\": \"a\", \"vat_number\": \"b\"}"));
        attacks.add(new Attack("duplicate keys", Target.LABEL, Encoding.JSON, "{\"name\": \"a\", \"name\": \"b\"}"));
        attacks.add(new Attack(
                "duplicate keys", Target.ORGANIZATION, Encoding.JSON, "{\"label\": \"a\", \"label\": \"b\"}"));
        for (var field : ORGANIZATION_READ_ONLY) {
            attacks.add(new Attack(
                    "mass assignment " + field,
                    Target.ORGANIZATION,
                    Encoding.JSON,
                    "{\"" + field + "\": \"AAAAAAAAAAAA\", \"label\": \"Mass\"}"));
        }
        for (var field : List.of("Name", "NAME", "Is_Billing_Admin", "IS_BILLING_ADMIN", "Email", "Labels")) {
            attacks.add(json(Target.USER, "case variant " + field, field, "\"x\""));
        }
        attacks.add(json(Target.PROFILE, "case variant Company_Name", "Company_Name", "\"x\""));
        attacks.add(new Attack(
                "deep nesting", Target.USER, Encoding.JSON, "{\"labels\": " + "[".repeat(40) + "]".repeat(40) + "}"));
        attacks.add(new Attack(
                "deep nesting",
                Target.PROFILE,
                Encoding.JSON,
                "{\"x\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(41)));
        attacks.add(new Attack("not json", Target.USER, Encoding.JSON, "<xml/>"));
        attacks.add(new Attack("trailing garbage", Target.PROFILE, Encoding.JSON, "{} {}"));
        attacks.add(new Attack("bare string", Target.ADDRESS, Encoding.JSON, "\"DE\""));
        var massAssignment = Map.of(
                "is_billing_admin",
                "true",
                "email",
                "evil@example.com",
                "id",
                "AAAAAAAAAAAA",
                "organization_id",
                "01EY8BWRSQ56EY1TDC32PARAJS",
                "user_roles",
                "x",
                "mfa_enabled",
                "true",
                "is_apiuser",
                "true",
                "version",
                "0",
                "created_at",
                "2000-01-01T00:00:00Z",
                "changed_by",
                "x");
        for (var encoding : Encoding.values()) {
            massAssignment.forEach((field, value) -> attacks.add(new Attack(
                    "mass assignment " + field,
                    Target.USER,
                    encoding,
                    body(encoding, Map.of(field, value, "name", "Mass")))));
            attacks.add(new Attack(
                    "form nesting",
                    Target.USER,
                    encoding,
                    body(
                            encoding,
                            Map.of(
                                    "labels[0]name",
                                    "ok",
                                    "labels[0]color",
                                    "red!",
                                    "labels[x]name",
                                    "y",
                                    "labels[]",
                                    "z"))));
            attacks.add(
                    new Attack("form null byte", Target.USER, encoding, body(encoding, Map.of("name", "a\u0000b"))));
            attacks.add(new Attack("form boolean", Target.USER, encoding, body(encoding, Map.of("active", "perhaps"))));
            for (var field : List.of("id", "organization_id", "changed_by", "changed", "version")) {
                attacks.add(new Attack(
                        "mass assignment " + field,
                        Target.LABEL,
                        encoding,
                        body(encoding, Map.of(field, "AAAAAAAAAAAA", "color", "#ABCDEF"))));
            }
            attacks.add(
                    new Attack("form null byte", Target.LABEL, encoding, body(encoding, Map.of("name", "a\u0000b"))));
        }
        return attacks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void attackGets2xxOr4xxInShapeAndChangesOnlyWhatIsAllowed(Attack attack) {
        attack(attack);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathTricks")
    void pathTricksNeverReachA5xx(String path) {
        var response = get(
                path.replace("{user}", tenant.memberId()).replace("{org}", tenant.organizationId()),
                jwt(tenant.adminKey()));

        assertThat(response.status()).as(path + " -> " + response).isBetween(200, 499);
        if (response.status() >= 400) {
            assertThat(response.contentType()).contains("json");
        }
    }

    static Stream<String> pathTricks() {
        return Stream.of(
                "//users/{user}/",
                "/users//{user}/",
                "/users/%2e%2e/",
                "/users/..%2f/",
                "/users/{user}%00/",
                "/users/{user};x=1/",
                "/organizations/%2e%2e/profile",
                "/organizations/{org}/..%2faddress",
                "/organizations/{org}%2fprofile",
                "/organizations/name=%27%20OR%201=1/profile",
                "/users/%ff/",
                "/users/" + "a".repeat(5000) + "/",
                "/profile/./",
                "/users/{user}/keys/%2e%2e/",
                "/organizations/{org}/members?page[after]=%00",
                "/organizations/{org}/members?page[before]=" + cursor("CREATED_AT yesterday x"),
                "/organizations/{org}/members?page[after]=" + cursor("ID ' OR 1=1 --"),
                "/organizations/{org}/members?page[after]=" + cursor("ID"),
                "/organizations/{org}/members?page[size]=99999999999999999999",
                "/organizations/{org}/members?sort=%00",
                "/organizations/{org}/members?sort=-",
                "/organizations/{org}/members?filter[permissions][in]=%ff",
                "/organizations/{org}/members?filter[permissions][in]=,,,",
                "/organizations/{org}/members?filter[permissions]&filter[permissions][eq]=admin",
                "/organizations?filter[updated_at][between]=,",
                "/ref/users?in=%00",
                "/ref/users?in=,,,",
                "/ref/users?in=" + "a".repeat(5000),
                "/ref/users?in=" + "00000000-0000-0000-0000-000000000000,".repeat(100));
    }

    /**
     * Upsun's member bodies, each field given what it should not hold: a 2xx or a 4xx in Upsun's shape, and a refusal
     * changes no row of the organization (its members' count included).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("memberBodies")
    void memberBodiesAreAnsweredInUpsunsShapeAndARefusalWritesNothing(String method, String body) {
        var members = "/organizations/" + tenant.organizationId() + "/members";
        var path = method.equals("POST") ? members : members + "/" + uuid(tenant.memberId());
        var before = snapshot();
        var count = get(members, bearer(tenant.adminKey())).body().get("count").asInt();

        var response = send(method, path, bearer(tenant.adminKey()), body, Map.of("Content-Type", "application/json"));

        assertThat(response.status()).as(body + " -> " + response).isBetween(200, 499);
        if (response.status() >= 400) {
            assertErrorShape(new Attack(body, Target.ORGANIZATION, Encoding.JSON, body), response);
            assertThat(snapshot())
                    .as(body + ": a refused request changes nothing")
                    .isEqualTo(before);
            assertThat(get(members, bearer(tenant.adminKey()))
                            .body()
                            .get("count")
                            .asInt())
                    .isEqualTo(count);
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> memberBodies() {
        var values = List.of(
                "1",
                "1.5",
                "true",
                "[]",
                "{}",
                "[1]",
                "{\"a\": 1}",
                "\"\"",
                "null",
                "\"  \"",
                "[null]",
                "[[]]",
                "[\"admin\\u0000\"]",
                "[\"ADMIN\"]",
                "[\"projects:create \"]",
                "\"" + "a".repeat(10_000) + "\"");
        return Stream.concat(
                values.stream()
                        .map(value -> org.junit.jupiter.params.provider.Arguments.of(
                                "PATCH", "{\"permissions\": " + value + "}")),
                values.stream()
                        .flatMap(value -> Stream.of(
                                "{\"user_id\": " + value + "}",
                                "{\"user_id\": \"00000000-0000-0000-0000-000000000000\", \"permissions\": " + value
                                        + "}"))
                        .map(body -> org.junit.jupiter.params.provider.Arguments.of("POST", body)));
    }

    /** A member page cursor as this server writes them, around any text. */
    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Spring Security's firewall refuses a parameter name with a control character: a 400 in each dialect's shape. */
    @Test
    void aFieldNameWithAControlCharacterIsRefusedInTheDialectsShape() {
        var users = get("/users/?na%01me=x", jwt(tenant.adminKey()));
        var organizations = get("/organizations?na%01me=x", bearer(tenant.adminKey()));

        assertThat(users.status()).isEqualTo(400);
        assertThat(users.body().get("detail").asString()).contains("field name");
        assertThat(organizations.status()).isEqualTo(400);
        assertThat(organizations.body().get("detail").asString()).contains("field name");
        assertThat(organizations.body().get("code").asInt()).isEqualTo(400);
    }

    @Test
    void seededRandomPatchBodies() {
        var random = new Random(SEED);
        var counts = new LinkedHashMap<Integer, Integer>();
        for (int run = 0; run < RANDOM_RUNS; run++) {
            var target = Target.values()[random.nextInt(Target.values().length)];
            var encoding = target.usersDialect() ? Encoding.values()[random.nextInt(3)] : Encoding.JSON;
            var fields = randomFields(random, target, encoding);
            var body = encoding == Encoding.JSON
                    ? fields.entrySet().stream()
                            .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                            .collect(Collectors.joining(", ", "{", "}"))
                    : body(encoding, fields);
            var status = attack(new Attack("random run " + run + " (seed " + SEED + ")", target, encoding, body));
            counts.merge(status, 1, Integer::sum);
        }
        System.out.printf("Hostile random PATCH bodies: %d runs, seed %d, statuses %s%n", RANDOM_RUNS, SEED, counts);
        assertThat(counts.keySet()).as("statuses seen: %s", counts).allMatch(status -> status < 500);
        assertThat(counts).as("the generator reaches both outcomes").containsKeys(200, 400);
    }

    /** Sends the attack and checks the answer and the stored rows; returns the status. */
    private int attack(Attack attack) {
        var before = snapshot();
        var path = switch (attack.target()) {
            case USER -> "/users/" + tenant.memberId() + "/";
            case PROFILE -> "/organizations/" + tenant.organizationId() + "/profile";
            case ADDRESS -> "/organizations/" + tenant.organizationId() + "/address";
            case LABEL -> "/labels/users/" + labelId + "/";
            case ORGANIZATION -> "/organizations/" + tenant.organizationId();
        };
        var response = send(
                "PATCH",
                path,
                jwt(tenant.adminKey()),
                attack.body(),
                Map.of("Content-Type", contentType(attack.encoding())));
        var after = snapshot();
        var status = response.status();

        assertThat(status).as(attack + " -> " + response).isBetween(200, 499);
        if (status >= 400) {
            assertErrorShape(attack, response);
            assertThat(after).as(attack + ": a refused request changes nothing").isEqualTo(before);
            return status;
        }
        assertThat(readOnly(after, "organization", ORGANIZATION_READ_ONLY))
                .isEqualTo(readOnly(before, "organization", ORGANIZATION_READ_ONLY));
        if (attack.target() != Target.ORGANIZATION) {
            assertThat(after.get("organization")).isEqualTo(before.get("organization"));
        }
        assertThat(after.get("admin")).isEqualTo(before.get("admin"));
        assertThat(after.get("roles")).isEqualTo(before.get("roles"));
        assertThat(readOnly(after, "member", USER_READ_ONLY))
                .as(attack.toString())
                .isEqualTo(readOnly(before, "member", USER_READ_ONLY));
        assertThat(readOnly(after, "profile", PROFILE_READ_ONLY))
                .isEqualTo(readOnly(before, "profile", PROFILE_READ_ONLY));
        assertThat(readOnly(after, "label", LABEL_READ_ONLY)).isEqualTo(readOnly(before, "label", LABEL_READ_ONLY));
        if (attack.target() != Target.USER) {
            assertThat(after.get("member")).isEqualTo(before.get("member"));
        }
        if (attack.target() != Target.LABEL) {
            assertThat(after.get("label")).isEqualTo(before.get("label"));
        }
        assertThat(get(path, jwt(tenant.adminKey())).body())
                .as(attack + ": stored is what was answered")
                .isEqualTo(response.body());
        return status;
    }

    private void assertErrorShape(Attack attack, Response response) {
        var body = response.body();
        assertThat(body.isObject()).as(attack.toString()).isTrue();
        if (attack.target().usersDialect()) {
            assertThat(response.contentType()).startsWith("application/json");
            body.properties()
                    .forEach(entry -> assertThat(entry.getValue().isString()
                                    || entry.getValue().isArray())
                            .as(attack + ": " + entry)
                            .isTrue());
        } else {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(body.get("status").asInt()).isEqualTo(response.status());
            assertThat(body.get("code").asInt()).isEqualTo(response.status());
            assertThat(body.get("title").isString()).isTrue();
            assertThat(body.get("message").isString()).isTrue();
            assertThat(body.get("detail").isString() || body.get("detail").isObject())
                    .isTrue();
        }
    }

    private Map<String, Object> snapshot() {
        var snapshot = new LinkedHashMap<String, Object>();
        snapshot.put("organization", row("SELECT * FROM organizations WHERE id = :id", tenant.organizationId()));
        snapshot.put("profile", row("SELECT * FROM profiles WHERE organization_id = :id", tenant.organizationId()));
        snapshot.put("address", row("SELECT * FROM addresses WHERE organization_id = :id", tenant.organizationId()));
        snapshot.put(
                "admin",
                row(
                        "SELECT * FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id",
                        tenant.adminId()));
        snapshot.put(
                "member",
                row(
                        "SELECT * FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id",
                        tenant.memberId()));
        snapshot.put("label", row("SELECT * FROM labels WHERE id = :id", labelId));
        snapshot.put(
                "labels",
                jdbc.sql("""
                SELECT l.name || '/' || l.color FROM user_labels ul JOIN labels l ON l.id = ul.label_id
                WHERE ul.membership_id = :id ORDER BY 1""").param("id", tenant.memberId()).query(String.class).list());
        snapshot.put(
                "roles",
                jdbc.sql("SELECT role_id || tier FROM user_roles WHERE membership_id IN (:a, :m) ORDER BY 1")
                        .param("a", tenant.adminId())
                        .param("m", tenant.memberId())
                        .query(String.class)
                        .list());
        return snapshot;
    }

    /** The row's values, an array as its text (a JDBC array has no equality of its own). */
    private Map<String, Object> row(String sql, String id) {
        var row = new LinkedHashMap<String, Object>();
        jdbc.sql(sql)
                .param("id", id)
                .query()
                .singleRow()
                .forEach(
                        (column, value) -> row.put(column, value instanceof java.sql.Array ? value.toString() : value));
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readOnly(Map<String, Object> snapshot, String row, List<String> columns) {
        var values = (Map<String, Object>) snapshot.get(row);
        var kept = new LinkedHashMap<String, Object>();
        columns.forEach(column -> kept.put(column, values.get(column)));
        return kept;
    }

    private static Map<String, String> randomFields(Random random, Target target, Encoding encoding) {
        var names = switch (target) {
            case USER -> List.of("name", "title", "active", "labels", "email", "is_billing_admin", "user_roles", "id");
            case PROFILE ->
                List.of(
                        "company_name",
                        "vat_number",
                        "billing_contact",
                        "default_catalog",
                        "project_options_url",
                        "currency",
                        "id",
                        "email");
            case ADDRESS ->
                List.of(
                        "country",
                        "name_line",
                        "premise",
                        "thoroughfare",
                        "administrative_area",
                        "locality",
                        "postal_code",
                        "_links");
            case LABEL -> List.of("name", "color", "id", "organization_id", "changed_by");
            case ORGANIZATION -> List.of("name", "label", "country", "id", "owner_id", "status");
        };
        var fields = new LinkedHashMap<String, String>();
        var count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            var name = random.nextInt(10) == 0 ? randomText(random, 8) : names.get(random.nextInt(names.size()));
            if (encoding != Encoding.JSON && name.equals("labels")) {
                var labels = random.nextInt(4);
                for (int j = 0; j < labels; j++) {
                    fields.put("labels[" + j + "]name", randomText(random, 20));
                    if (random.nextBoolean()) {
                        fields.put("labels[" + j + "]color", random.nextBoolean() ? "#00FF00" : randomText(random, 6));
                    }
                }
            } else {
                fields.put(name, encoding == Encoding.JSON ? randomJson(random, name, 0) : randomText(random, 30));
            }
        }
        return fields;
    }

    /** A JSON value: often a valid one for the field, otherwise anything. */
    private static String randomJson(Random random, String field, int depth) {
        var choice = random.nextInt(12);
        if (choice < 4) {
            return switch (field) {
                case "title" -> quote(List.of("ceo", "cto", "dev", "", "boss").get(random.nextInt(5)));
                case "active" ->
                    List.of("true", "false", "\"yes\"", "\"off\"", "0").get(random.nextInt(5));
                case "labels" ->
                    "["
                            + Stream.generate(() -> "{\"name\": " + quote(randomText(random, 12))
                                            + (random.nextBoolean() ? ", \"color\": \"#0F0\"" : "") + "}")
                                    .limit(random.nextInt(4))
                                    .collect(Collectors.joining(", "))
                            + "]";
                case "color" -> quote(List.of("#00FF00", "red!", "", "#abc").get(random.nextInt(4)));
                case "country" -> quote(List.of("DE", "fr", "XX", "", "GB").get(random.nextInt(5)));
                case "billing_contact" ->
                    quote(List.of("a@b.example", "bad", "").get(random.nextInt(3)));
                case "default_catalog", "project_options_url" ->
                    quote(List.of("https://x.example/c", "ftp://x", "", "http://")
                            .get(random.nextInt(4)));
                default -> quote(randomText(random, 40));
            };
        }
        return switch (choice) {
            case 4 -> quote(randomText(random, 300));
            case 5 -> String.valueOf(random.nextInt());
            case 6 -> String.valueOf(random.nextBoolean());
            case 7 -> "null";
            case 8 -> depth > 3 ? "[]" : "[" + randomJson(random, field, depth + 1) + "]";
            case 9 ->
                depth > 3 ? "{}" : "{\"" + randomText(random, 5) + "\": " + randomJson(random, field, depth + 1) + "}";
            case 10 -> String.valueOf(random.nextDouble());
            default -> quote(randomText(random, 5));
        };
    }

    /** Text drawn from letters, digits, punctuation, control characters, combining marks, emoji and lone surrogates. */
    private static String randomText(Random random, int maxLength) {
        var pool = "abcXYZ019 -_#'\"\\%;<>&\u0000\u0007\n\t\u202e\u0301é日😀\ud800\udc00";
        var text = new StringBuilder();
        var length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }

    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append((char) c);
            } else if (c < 0x20 || Character.isSurrogate((char) c)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.append((char) c);
            }
        });
        return quoted.append('"').toString();
    }

    private static Attack json(Target target, String name, String field, String value) {
        return new Attack(name, target, Encoding.JSON, "{\"" + field + "\": " + value + "}");
    }

    private static String body(Encoding encoding, Map<String, String> fields) {
        return switch (encoding) {
            case JSON ->
                fields.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + quote(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
            case FORM ->
                fields.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
            case MULTIPART ->
                fields.entrySet().stream()
                                .map(e -> "--b\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                                        + e.getValue() + "\r\n")
                                .collect(Collectors.joining())
                        + "--b--\r\n";
        };
    }

    private static String contentType(Encoding encoding) {
        return switch (encoding) {
            case JSON -> "application/json";
            case FORM -> "application/x-www-form-urlencoded";
            case MULTIPART -> "multipart/form-data; boundary=b";
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…(" + text.length() + ")" : text;
    }
}
