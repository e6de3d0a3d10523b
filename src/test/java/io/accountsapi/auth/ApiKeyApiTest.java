package io.accountsapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CONTRACT section 2: {@code /users/{id}/keys/}. */
class ApiKeyApiTest extends ApiTestSupport {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    @Test
    void aNewKeyIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        var created = send(
                "POST", "/users/" + tenant.memberId() + "/keys/", jwt(tenant.memberKey()), "{\"name\": \"ci\"}", JSON);

        assertThat(created.status()).isEqualTo(201);
        var body = created.body();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "name", "key", "created");
        var key = body.get("key").asString();
        assertThat(key).startsWith("acck_").hasSizeGreaterThan(40);
        assertThat(get("/profile/", jwt(key)).body().get("id").asString()).isEqualTo(tenant.memberId());
        assertThat(get("/organizations", bearer(key)).status()).isEqualTo(200);

        var listed = get("/users/" + tenant.memberId() + "/keys/", jwt(tenant.memberKey()))
                .body();
        assertThat(listed.size()).isEqualTo(2);
        assertThat(listed.toString()).doesNotContain(key).doesNotContain("\"key\"");

        var revoked = send(
                "DELETE",
                "/users/" + tenant.memberId() + "/keys/" + body.get("id").asString() + "/",
                jwt(tenant.memberKey()),
                null,
                Map.of());
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(get("/profile/", jwt(key)).status()).isEqualTo(401);
        assertThat(get("/profile/", jwt(tenant.memberKey())).status()).isEqualTo(200);
    }

    @Test
    void anAdminManagesAnyonesKeysInTheOrganizationAMemberOnlyTheirOwn() {
        assertThat(send(
                                "POST",
                                "/users/" + tenant.memberId() + "/keys/",
                                jwt(tenant.adminKey()),
                                "{\"name\": \"for member\"}",
                                JSON)
                        .status())
                .isEqualTo(201);
        assertThat(get("/users/" + tenant.memberId() + "/keys/", jwt(tenant.adminKey()))
                        .status())
                .isEqualTo(200);

        var forbidden = send(
                "POST",
                "/users/" + tenant.adminId() + "/keys/",
                jwt(tenant.memberKey()),
                "{\"name\": \"escalate\"}",
                JSON);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body())
                .isEqualTo(json("{\"detail\": \"You do not have permission to perform this action.\"}"));
        assertThat(get("/users/" + tenant.adminId() + "/keys/", jwt(tenant.memberKey()))
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_keys WHERE membership_id = :id")
                        .param("id", tenant.adminId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherOrganizationsKeysAreNotFound() {
        var foreign = newTenant();
        var foreignKeyId = jdbc.sql("SELECT id FROM api_keys WHERE membership_id = :id")
                .param("id", foreign.memberId())
                .query(String.class)
                .single();

        assertThat(get("/users/" + foreign.memberId() + "/keys/", jwt(tenant.adminKey()))
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                "POST",
                                "/users/" + foreign.memberId() + "/keys/",
                                jwt(tenant.adminKey()),
                                "{\"name\": \"x\"}",
                                JSON)
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                "DELETE",
                                "/users/" + foreign.memberId() + "/keys/" + foreignKeyId + "/",
                                jwt(tenant.adminKey()),
                                null,
                                Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                "DELETE",
                                "/users/" + tenant.memberId() + "/keys/" + foreignKeyId + "/",
                                jwt(tenant.adminKey()),
                                null,
                                Map.of())
                        .status())
                .as("a key id of another user")
                .isEqualTo(404);
        assertThat(get("/profile/", jwt(foreign.memberKey())).status()).isEqualTo(200);
    }

    @Test
    void keyNameIsValidated() {
        var path = "/users/" + tenant.memberId() + "/keys/";

        assertThat(send("POST", path, jwt(tenant.memberKey()), "{}", JSON).body())
                .isEqualTo(json("{\"name\": [\"This field is required.\"]}"));
        assertThat(send("POST", path, jwt(tenant.memberKey()), "{\"name\": \"\"}", JSON)
                        .body())
                .isEqualTo(json("{\"name\": [\"This field may not be blank.\"]}"));
        assertThat(send("POST", path, jwt(tenant.memberKey()), "{\"name\": \"" + "k".repeat(256) + "\"}", JSON)
                        .status())
                .isEqualTo(400);
        assertThat(send("POST", path, jwt(tenant.memberKey()), "[]", JSON).status())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM api_keys WHERE membership_id = :id")
                        .param("id", tenant.memberId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
