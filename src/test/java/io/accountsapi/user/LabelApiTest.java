package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The contract's user labels: {@code /labels/users/} and {@code /labels/users/{id}/}. */
class LabelApiTest extends ApiTestSupport {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    private Response write(String method, String path, String body) {
        return send(method, path, jwt(tenant.adminKey()), body, JSON);
    }

    private JsonNode create(String body) {
        var response = write("POST", "/labels/users/", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body();
    }

    @Test
    void createReadRenameRecolorAndDelete() {
        var created = create("{\"name\": \" backend \", \"color\": \"#00FF00\"}");
        var id = created.get("id").asString();

        assertThat(created.propertyNames()).containsExactlyInAnyOrder("id", "name", "color", "changed_by", "changed");
        assertThat(created.get("name").asString()).isEqualTo("backend");
        assertThat(created.get("changed_by").get("id").asString()).isEqualTo(tenant.adminId());
        assertThat(get("/labels/users/" + id + "/", jwt(tenant.memberKey())).body())
                .isEqualTo(created);

        var recolored = write("PATCH", "/labels/users/" + id + "/", "{\"color\": \"#0000FF\"}");
        assertThat(recolored.status()).isEqualTo(200);
        assertThat(recolored.body().get("name").asString()).isEqualTo("backend");
        assertThat(recolored.body().get("color").asString()).isEqualTo("#0000FF");
        var renamed = write("PUT", "/labels/users/" + id, "{\"name\": \"api\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("color").asString())
                .as("PUT keeps a color not sent")
                .isEqualTo("#0000FF");
        assertThat(stored(id)).isEqualTo("api #0000FF");

        assertThat(write("DELETE", "/labels/users/" + id + "/", null).status()).isEqualTo(204);
        assertThat(get("/labels/users/" + id + "/", jwt(tenant.adminKey())).status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM labels WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRenamedLabelIsRenamedForItsUsersAndADeletedOneLeavesThem() {
        var user = send(
                        "POST",
                        "/users/",
                        jwt(tenant.adminKey()),
                        "{\"email\": \"labelled-" + tenant.organizationId()
                                + "@example.com\", \"labels\": [{\"name\": \"red\"}, {\"name\": \"blue\"}]}",
                        JSON)
                .body();
        var red = labelOf(user, "red");

        write("PATCH", "/labels/users/" + red + "/", "{\"name\": \"crimson\"}");
        var userPath = "/users/" + user.get("id").asString() + "/";
        assertThat(names(get(userPath, jwt(tenant.adminKey())).body().get("labels")))
                .containsExactly("blue", "crimson");

        assertThat(write("DELETE", "/labels/users/" + red + "/", null).status()).isEqualTo(204);
        assertThat(names(get(userPath, jwt(tenant.adminKey())).body().get("labels")))
                .containsExactly("blue");
        assertThat(jdbc.sql("SELECT count(*) FROM user_labels WHERE label_id = :id")
                        .param("id", red)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNameIsUniqueInTheOrganizationOnly() {
        var taken = create("{\"name\": \"ops\"}").get("id").asString();
        var other = create("{\"name\": \"dev\"}").get("id").asString();
        var foreign = newTenant();

        var again = write("POST", "/labels/users/", "{\"name\": \"ops\"}");
        var rename = write("PATCH", "/labels/users/" + other + "/", "{\"name\": \"ops\"}");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(json("{\"name\": [\"label with this name already exists.\"]}"));
        assertThat(rename.body()).isEqualTo(again.body());
        assertThat(stored(other)).isEqualTo("dev ");
        assertThat(write("PATCH", "/labels/users/" + taken + "/", "{\"name\": \"ops\", \"color\": \"#111111\"}")
                        .status())
                .as("a label keeps its own name")
                .isEqualTo(200);
        assertThat(send("POST", "/labels/users/", jwt(foreign.adminKey()), "{\"name\": \"ops\"}", JSON)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void concurrentCreationsOfOneNameGiveOneLabelAndNoServerError() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var start = new CountDownLatch(1);
            var answers = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return write("POST", "/labels/users/", "{\"name\": \"race\"}");
                    }))
                    .toList();
            start.countDown();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }
        }

        assertThat(statuses).containsOnly(201, 400).containsOnlyOnce(201);
        assertThat(jdbc.sql("SELECT count(*) FROM labels WHERE organization_id = :org AND name = 'race'")
                        .param("org", tenant.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void listIsPaginatedSearchedAndOrdered() {
        for (var name : List.of("alpha team", "beta team", "gamma", "delta team")) {
            create("{\"name\": \"" + name + "\"}");
        }
        write("PATCH", "/labels/users/" + labelId("gamma") + "/", "{\"color\": \"#123456\"}");
        var key = jwt(tenant.memberKey());

        var first = get("/labels/users/?length=3", key).body();
        assertThat(first.get("count").asInt()).isEqualTo(4);
        assertThat(first.get("page_total").asInt()).isEqualTo(2);
        assertThat(names(first.get("results"))).containsExactly("alpha team", "beta team", "delta team");
        assertThat(names(get("/labels/users/?length=3&page=2", key).body().get("results")))
                .containsExactly("gamma");
        assertThat(get("/labels/users/?page=3&length=3", key).body())
                .isEqualTo(json("{\"detail\": \"Invalid page.\"}"));
        assertThat(names(get("/labels/users/?search=TEAM%20a", key).body().get("results")))
                .as("every word must match")
                .containsExactly("alpha team", "beta team", "delta team");
        assertThat(names(get("/labels/users/?search=team%20lph", key).body().get("results")))
                .containsExactly("alpha team");
        assertThat(names(get("/labels/users/?ordering=-name", key).body().get("results")))
                .containsExactly("gamma", "delta team", "beta team", "alpha team");
        assertThat(names(get("/labels/users/?ordering=-changed", key).body().get("results"))
                        .getFirst())
                .isEqualTo("gamma");
        var none = get("/labels/users/?search=%25", key).body();
        assertThat(none.get("count").asInt()).as("LIKE wildcards are literal").isZero();
        assertThat(none.get("page_total").asInt()).isEqualTo(1);
    }

    @Test
    void anotherOrganizationsLabelIsNotFoundForEveryMethod() {
        var foreign = newTenant();
        var theirs = send("POST", "/labels/users/", jwt(foreign.adminKey()), "{\"name\": \"theirs\"}", JSON)
                .body()
                .get("id")
                .asString();
        var path = "/labels/users/" + theirs + "/";

        assertThat(get("/labels/users/", jwt(tenant.adminKey()))
                        .body()
                        .get("count")
                        .asInt())
                .isZero();
        for (var method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            var response = write(method, path, method.startsWith("P") ? "{\"name\": \"mine\"}" : null);
            assertThat(response.status()).as(method).isEqualTo(404);
            assertThat(response.body()).isEqualTo(json("{\"detail\": \"Not found.\"}"));
        }
        assertThat(stored(theirs)).isEqualTo("theirs ");
    }

    @Test
    void membersReadButOnlyAnAdminWrites() {
        var id = create("{\"name\": \"read-only\"}").get("id").asString();
        var member = jwt(tenant.memberKey());

        assertThat(get("/labels/users/", member).status()).isEqualTo(200);
        assertThat(send("POST", "/labels/users/", member, "{\"name\": \"x\"}", JSON)
                        .status())
                .isEqualTo(403);
        assertThat(send("PATCH", "/labels/users/" + id + "/", member, "{\"name\": \"x\"}", JSON)
                        .body())
                .isEqualTo(json("{\"detail\": \"You do not have permission to perform this action.\"}"));
        assertThat(send("DELETE", "/labels/users/" + id + "/", member, null, Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(stored(id)).isEqualTo("read-only ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST  | {}                                  | {"name": ["This field is required."]}
            PUT   | {"color": "#111111"}                | {"name": ["This field is required."]}
            PATCH | {"name": ""}                        | {"name": ["This field may not be blank."]}
            PATCH | {"name": null}                      | {"name": ["This field may not be null."]}
            PATCH | {"color": "red!"}                   | {"color": ["This value does not match the required pattern."]}
            PATCH | {"name": ["a"]}                     | {"name": ["Not a valid string."]}
            PATCH | []                                  | {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}
            """)
    void badBodiesAnswerDrfErrorsAndChangeNothing(String method, String body, String errors) {
        var id =
                create("{\"name\": \"kept\", \"color\": \"#000000\"}").get("id").asString();
        var path = method.equals("POST") ? "/labels/users/" : "/labels/users/" + id + "/";

        var response = write(method, path, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(json(errors));
        assertThat(stored(id)).isEqualTo("kept #000000");
        assertThat(jdbc.sql("SELECT count(*) FROM labels WHERE organization_id = :org")
                        .param("org", tenant.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aLongNameIsRefusedWithDrfsMessage() {
        var response = write("POST", "/labels/users/", "{\"name\": \"" + "n".repeat(256) + "\"}");

        assertThat(response.body())
                .isEqualTo(json("{\"name\": [\"Ensure this field has no more than 255 characters.\"]}"));
    }

    @Test
    void formsWriteLabelsToo() {
        var response = send(
                "POST",
                "/labels/users/",
                jwt(tenant.adminKey()),
                "name=from+a+form&color=%23ABCDEF",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(stored(response.body().get("id").asString())).isEqualTo("from a form #ABCDEF");
    }

    @Test
    void ifMatchGuardsWrites() {
        var id = create("{\"name\": \"guarded\"}").get("id").asString();
        var path = "/labels/users/" + id + "/";
        var etag = get(path, jwt(tenant.adminKey())).header("ETag");

        var stale = send(
                "PATCH",
                path,
                jwt(tenant.adminKey()),
                "{\"name\": \"late\"}",
                Map.of("Content-Type", "application/json", "If-Match", "\"stale\""));
        var current = send(
                "PATCH",
                path,
                jwt(tenant.adminKey()),
                "{\"name\": \"first\"}",
                Map.of("Content-Type", "application/json", "If-Match", etag));
        var deleteWithOldTag = send("DELETE", path, jwt(tenant.adminKey()), null, Map.of("If-Match", etag));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(deleteWithOldTag.status()).isEqualTo(412);
        assertThat(stored(id)).isEqualTo("first ");
    }

    private String stored(String id) {
        return jdbc.sql("SELECT name || ' ' || color FROM labels WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String labelId(String name) {
        return jdbc.sql("SELECT id FROM labels WHERE organization_id = :org AND name = :name")
                .param("org", tenant.organizationId())
                .param("name", name)
                .query(String.class)
                .single();
    }

    private static String labelOf(JsonNode user, String name) {
        for (var label : user.get("labels")) {
            if (label.get("name").asString().equals(name)) {
                return label.get("id").asString();
            }
        }
        throw new AssertionError("no label " + name + " in " + user);
    }

    private static List<String> names(JsonNode labels) {
        var names = new ArrayList<String>();
        labels.forEach(label -> names.add(label.get("name").asString()));
        return names;
    }
}
