package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.StatementCounter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * SQL statements per request, counted on the server's connections: reading a user is the key lookup and one
 * statement; a page of users (of 1, 10 or 100, with labels and roles) the key lookup, the page with who changed its
 * users, its count, and one statement each for the page's labels, roles, and people (theirs and those of who changed
 * them; one more for who changed the labels when that user is not on the page); a PATCH the key lookup, the read, the
 * label lookup and the writes, and the lock when it adds labels.
 */
@Import(StatementCounter.class)
class UserStatementsTest extends ApiTestSupport {

    @Test
    void statementsPerListRequestDoNotGrowWithThePage() {
        var tenant = newTenant();
        for (int i = 0; i < 100; i++) {
            var response = send(
                    "POST",
                    "/users/",
                    jwt(tenant.adminKey()),
                    "{\"email\": \"bulk-" + i + "-"
                            + tenant.memberId() + "@example.com\", \"name\": \"Bulk " + i
                            + "\", \"labels\": [{\"name\": \"l"
                            + (i % 7) + "\"}, {\"name\": \"m" + (i % 5) + "\"}, {\"name\": \"n" + (i % 3) + "\"}]}",
                    Map.of("Content-Type", "application/json"));
            assertThat(response.status()).isEqualTo(201);
        }

        var one = statementsFor("/users/?length=1", tenant.adminKey());
        var ten = statementsFor("/users/?length=10", tenant.adminKey());
        var hundred = statementsFor("/users/?length=100", tenant.adminKey());
        var filtered = statementsFor("/users/?length=100&search=bulk&ordering=-changed", tenant.adminKey());

        assertThat(hundred)
                .as("1: %d, 10: %d, 100: %d", one, ten, hundred)
                .isEqualTo(one)
                .isEqualTo(ten)
                .isEqualTo(filtered)
                .isEqualTo(6);
        var page = get("/users/?length=100&search=bulk", jwt(tenant.adminKey())).body();
        assertThat(page.get("results").size()).isEqualTo(100);
        assertThat(page.get("results").get(0).get("labels").size()).isEqualTo(3);
        assertThat(page.get("results").get(0).get("user_roles").size()).isEqualTo(1);
    }

    @Test
    void aUserReadTakesTwoStatementsAndAnAdminsPatchOfNameTitleAndLabelsSeven() {
        var tenant = newTenant();
        var path = "/users/" + tenant.memberId() + "/";
        patched(path, tenant.adminKey(), "{\"name\": \"Counted\", \"labels\": [{\"name\": \"a\"}, {\"name\": \"c\"}]}");
        patched(path, tenant.adminKey(), "{\"labels\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}");

        var read = statementsFor(path, tenant.adminKey());
        var before = StatementCounter.count();
        var response = patched(
                path,
                tenant.adminKey(),
                "{\"name\": \"Counted again\", \"title\": \"dev\", \"labels\": [{\"name\": \"a\"}, {\"name\": \"c\"}]}");
        var write = StatementCounter.count() - before;
        before = StatementCounter.count();
        var relabeled = patched(path, tenant.adminKey(), "{\"labels\": [{\"name\": \"a\"}, {\"name\": \"d\"}]}");
        var withNewLabel = StatementCounter.count() - before;

        assertThat(response.get("name").asString()).isEqualTo("Counted again");
        assertThat(relabeled
                        .get("labels")
                        .valueStream()
                        .map(label -> label.get("name").asString()))
                .containsExactlyInAnyOrder("a", "d");
        assertThat(read).isEqualTo(2);
        // Key lookup, read (with the person, and how many organizations they belong to: an Admin renames only someone
        // in no other), label lookup, the membership's row (the title), the person's row (the name), link "b" out,
        // link "c" in (who changes it is already known: the same Admin changed it last). No lock.
        assertThat(write).isEqualTo(7);
        // A new label is written before the membership's row, so under its lock: key lookup, read and label lookup
        // (then left), lock, read, label lookup, the new label "d", the membership's row, link "c" out, link "d" in.
        assertThat(withNewLabel).isEqualTo(10);
    }

    private JsonNode patched(String path, String key, String body) {
        var response = patch(path, jwt(key), body);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private long statementsFor(String path, String key) {
        var before = StatementCounter.count();
        assertThat(get(path, jwt(key)).status()).isEqualTo(200);
        return StatementCounter.count() - before;
    }
}
