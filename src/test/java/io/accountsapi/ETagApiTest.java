package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONTRACT section 6: strong ETags, If-None-Match and If-Match, in each dialect's shape. */
class ETagApiTest extends ApiTestSupport {

    @Test
    void everyResourceResponseHasAStrongETag() {
        var tenant = newTenant();

        for (var path : new String[] {
            "/organizations",
            "/organizations/" + tenant.organizationId(),
            "/organizations/" + tenant.organizationId() + "/profile",
            "/organizations/" + tenant.organizationId() + "/address",
            "/users/",
            "/users/" + tenant.memberId() + "/",
            "/profile/",
            "/users/" + tenant.memberId() + "/keys/"
        }) {
            assertThat(get(path, bearer(tenant.adminKey())).header("ETag"))
                    .as(path)
                    .matches("\"[0-9a-f]{32}\"");
        }
    }

    @Test
    void ifNoneMatchGives304UntilTheResourceChanges() {
        var tenant = newTenant();
        var path = "/organizations/" + tenant.organizationId() + "/profile";
        var tag = get(path, bearer(tenant.adminKey())).header("ETag");

        var notModified = send("GET", path, bearer(tenant.adminKey()), null, Map.of("If-None-Match", tag));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.raw().body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(tag);
        assertThat(send("GET", path, bearer(tenant.adminKey()), null, Map.of("If-None-Match", "W/" + tag))
                        .status())
                .isEqualTo(304);

        patch(
                "/organizations/" + tenant.organizationId() + "/address",
                bearer(tenant.adminKey()),
                "{\"country\": \"DE\"}");

        var changed = send("GET", path, bearer(tenant.adminKey()), null, Map.of("If-None-Match", tag));
        assertThat(changed.status())
                .as("the derived currency changed the profile")
                .isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
    }

    @Test
    void staleIfMatchIs412AndWritesNothingInEitherDialect() {
        var tenant = newTenant();
        var profile = "/organizations/" + tenant.organizationId() + "/profile";
        var user = "/users/" + tenant.memberId() + "/";
        var profileTag = get(profile, bearer(tenant.adminKey())).header("ETag");
        var userTag = get(user, jwt(tenant.adminKey())).header("ETag");
        patch(profile, bearer(tenant.adminKey()), "{\"company_name\": \"First\"}");
        patch(user, jwt(tenant.adminKey()), "{\"name\": \"First\"}");

        var staleProfile = send(
                "PATCH",
                profile,
                bearer(tenant.adminKey()),
                "{\"company_name\": \"Second\"}",
                Map.of("Content-Type", "application/json", "If-Match", profileTag));
        var staleUser = send(
                "PATCH",
                user,
                jwt(tenant.adminKey()),
                "{\"name\": \"Second\"}",
                Map.of("Content-Type", "application/json", "If-Match", userTag));
        var staleDelete = send("DELETE", user, jwt(tenant.adminKey()), null, Map.of("If-Match", userTag));

        assertThat(staleProfile.status()).isEqualTo(412);
        assertThat(staleProfile.contentType()).startsWith("application/problem+json");
        assertThat(staleProfile.body().get("code").asInt()).isEqualTo(412);
        assertThat(staleUser.status()).isEqualTo(412);
        assertThat(staleUser.body().get("detail").asString()).isNotBlank();
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(jdbc.sql("SELECT company_name FROM profiles WHERE organization_id = :id")
                        .param("id", tenant.organizationId())
                        .query(String.class)
                        .single())
                .isEqualTo("First");
        assertThat(jdbc.sql(
                                "SELECT p.name || m.active FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id")
                        .param("id", tenant.memberId())
                        .query(String.class)
                        .single())
                .isEqualTo("Firsttrue");
    }

    @Test
    void currentIfMatchLetsTheWriteThroughAndTheAnswerCarriesTheNewTag() {
        var tenant = newTenant();
        var path = "/organizations/" + tenant.organizationId() + "/address";
        var tag = get(path, bearer(tenant.adminKey())).header("ETag");

        var response = send(
                "PATCH",
                path,
                bearer(tenant.adminKey()),
                "{\"locality\": \"Lisbon\"}",
                Map.of("Content-Type", "application/json", "If-Match", "\"other\", " + tag));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag"))
                .isNotEqualTo(tag)
                .isEqualTo(get(path, bearer(tenant.adminKey())).header("ETag"));
        assertThat(send(
                                "PATCH",
                                path,
                                bearer(tenant.adminKey()),
                                "{\"locality\": \"Porto\"}",
                                Map.of("Content-Type", "application/json", "If-Match", "*"))
                        .status())
                .isEqualTo(200);
    }
}
