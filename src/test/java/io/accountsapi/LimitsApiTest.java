package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CONTRACT section 6: bodies over 64 KiB answer 413, JSON nesting is bounded, every limit in the dialect's shape. */
class LimitsApiTest extends ApiTestSupport {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final String HUGE_JSON = "{\"company_name\": \"" + "x".repeat(70_000) + "\"}";
    private static final String HUGE_USER_JSON = "{\"name\": \"" + "x".repeat(70_000) + "\"}";

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void oversizedJsonIs413InTheUpsunShape(boolean chunked) {
        var path = "/organizations/" + tenant.organizationId() + "/profile";

        var response = chunked
                ? sendChunked("PATCH", path, bearer(tenant.adminKey()), HUGE_JSON, JSON)
                : send("PATCH", path, bearer(tenant.adminKey()), HUGE_JSON, JSON);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asInt()).isEqualTo(413);
        assertThat(storedCompanyName()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void oversizedBodiesAre413InTheDrfShapeInEveryEncoding(boolean chunked) {
        var path = "/users/" + tenant.memberId() + "/";
        var form = "name=" + "x".repeat(70_000);
        var multipart =
                "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + "x".repeat(70_000) + "\r\n--b--\r\n";

        for (var request : List.of(
                Map.entry("application/json", HUGE_USER_JSON),
                Map.entry("application/x-www-form-urlencoded", form),
                Map.entry("multipart/form-data; boundary=b", multipart))) {
            var headers = Map.of("Content-Type", request.getKey());
            var response = chunked
                    ? sendChunked("PATCH", path, jwt(tenant.adminKey()), request.getValue(), headers)
                    : send("PATCH", path, jwt(tenant.adminKey()), request.getValue(), headers);

            assertThat(response.status()).as(request.getKey()).isEqualTo(413);
            assertThat(response.body().get("detail").asString())
                    .as(request.getKey())
                    .isNotBlank();
        }
        assertThat(jdbc.sql("SELECT p.name FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id")
                        .param("id", tenant.memberId())
                        .query(String.class)
                        .single())
                .isEqualTo("Member");
    }

    @Test
    void oversizedFormPostIs413EvenChunked() {
        var form = "email=big%40example.com&name=" + "x".repeat(70_000);

        var response = sendChunked(
                "POST",
                "/users/",
                jwt(tenant.adminKey()),
                form,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.status()).isEqualTo(413);
        assertThat(jdbc.sql("SELECT count(*) FROM people WHERE email = 'big@example.com'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void oversizedBodyIs413BeforeAuthentication() {
        var response = send("PATCH", "/organizations/x/profile", null, HUGE_JSON, JSON);

        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void deepJsonIsRefusedWithout500() {
        var deep = "{\"company_name\": " + "[".repeat(40) + "]".repeat(40) + "}";
        var deepUser = "{\"labels\": " + "[".repeat(40) + "]".repeat(40) + "}";

        var profile = patch("/organizations/" + tenant.organizationId() + "/profile", bearer(tenant.adminKey()), deep);
        var user = patch("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()), deepUser);

        assertThat(profile.status()).isEqualTo(400);
        assertThat(profile.contentType()).startsWith("application/problem+json");
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.body().get("detail").asString()).startsWith("JSON parse error - ");
    }

    @Test
    void tooManyFormPartsIs413NotA500() {
        var body = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"labels[")
                    .append(i % 100)
                    .append("]name\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");

        var response = send(
                "PATCH",
                "/users/" + tenant.memberId() + "/",
                jwt(tenant.adminKey()),
                body.toString(),
                Map.of("Content-Type", "multipart/form-data; boundary=b"));

        assertThat(response.status()).isIn(400, 413);
        assertThat(response.body().has("detail")).isTrue();
    }

    private String storedCompanyName() {
        return jdbc.sql("SELECT company_name FROM profiles WHERE organization_id = :id")
                .param("id", tenant.organizationId())
                .query(String.class)
                .single();
    }
}
