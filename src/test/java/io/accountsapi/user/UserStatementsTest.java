package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import io.accountsapi.StatementCounter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * SQL statements per request, counted on the server's connections: reading a user is the key lookup and one
 * statement; a page of users (of 1, 10 or 100, with labels and roles) the key lookup, the page with who changed its
 * users, its count, and one statement each for the page's labels, roles, and people (theirs and those of who changed
 * them; one more for who changed the labels when that user is not on the page); a PATCH the key lookup, the lock, the read, the label lookup, the new labels
 * and the writes.
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
    void aUserReadTakesTwoStatementsAndAnAdminsPatchOfNameTitleAndLabelsNine() {
        var tenant = newTenant();
        var path = "/users/" + tenant.memberId() + "/";
        var patch = "{\"name\": \"Counted\", \"title\": \"dev\", \"labels\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}";
        assertThat(send("PATCH", path, jwt(tenant.adminKey()), patch, Map.of("Content-Type", "application/json"))
                        .status())
                .isEqualTo(200);

        var read = statementsFor(path, tenant.adminKey());
        var before = StatementCounter.count();
        var response = send(
                "PATCH",
                path,
                jwt(tenant.adminKey()),
                patch.replace("Counted", "Counted again").replace("\"b\"", "\"c\""),
                Map.of("Content-Type", "application/json"));
        var write = StatementCounter.count() - before;

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("name").asString()).isEqualTo("Counted again");
        assertThat(read).isEqualTo(2);
        // Key lookup, lock, read (with the person, and how many organizations they belong to: an Admin renames only
        // someone in no other), label lookup, the new label "c", the person's row (the name), the membership's row (the
        // title), link "b" out, link "c" in (who changes it is already known: the same Admin changed it last).
        assertThat(write).isEqualTo(9);
    }

    private long statementsFor(String path, String key) {
        var before = StatementCounter.count();
        assertThat(get(path, jwt(key)).status()).isEqualTo(200);
        return StatementCounter.count() - before;
    }
}
