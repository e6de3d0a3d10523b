package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * CONTRACT section 6: with rates set, a key or an organization over its rate answers 429 in the path's dialect with
 * {@code Retry-After}, writes nothing, and leaves the other organizations and keys alone.
 */
@TestPropertySource(
        properties = {
            "accounts.limits.per-organization.requests=5",
            "accounts.limits.per-organization.per=1h",
            "accounts.limits.per-key.requests=3",
            "accounts.limits.per-key.per=1h"
        })
class RateLimitApiTest extends ApiTestSupport {

    @Test
    void aKeyOverItsRateIsThrottledInTheDrfShapeAndItsPatchWritesNothing() {
        var tenant = newTenant();
        var user = "/users/" + tenant.memberId() + "/";
        for (int n = 0; n < 3; n++) {
            assertThat(get(user, jwt(tenant.adminKey())).status()).isEqualTo(200);
        }

        var refused = patch(user, jwt(tenant.adminKey()), "{\"name\": \"Throttled\"}");

        assertThat(refused.status()).isEqualTo(429);
        var seconds = Long.parseLong(refused.header("Retry-After"));
        assertThat(seconds).as("a token of 3 an hour comes back in 20 minutes").isBetween(1190L, 1200L);
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("Request was throttled. Expected available in " + seconds + " seconds.");
        assertThat(storedName(tenant.memberId())).isEqualTo("Member");
        for (int n = 0; n < 2; n++) {
            assertThat(get(user, jwt(tenant.memberKey())).status())
                    .as("the organization's other key has its own rate, and the refused one took none of the "
                            + "organization's")
                    .isEqualTo(200);
        }
    }

    @Test
    void anOrganizationOverItsRateIsThrottledInTheUpsunShapeAndAnotherOrganizationIsNot() {
        var tenant = newTenant();
        var other = newTenant();
        var profile = "/organizations/" + tenant.organizationId() + "/profile";
        for (int n = 0; n < 3; n++) {
            assertThat(get(profile, bearer(tenant.adminKey())).status()).isEqualTo(200);
        }
        for (int n = 0; n < 2; n++) {
            assertThat(get("/users/" + tenant.memberId() + "/", jwt(tenant.memberKey()))
                            .status())
                    .isEqualTo(200);
        }

        var refused = get(profile, bearer(tenant.memberKey()));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var seconds = Long.parseLong(refused.header("Retry-After"));
        assertThat(seconds).as("a token of 5 an hour comes back in 12 minutes").isBetween(710L, 720L);
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
        assertThat(refused.body().get("code").asInt()).isEqualTo(429);
        assertThat(refused.body().get("title").asString()).isEqualTo("Too Many Requests");
        assertThat(refused.body().get("detail").asString()).endsWith("retry after " + seconds + " seconds.");
        assertThat(get("/organizations/" + other.organizationId() + "/profile", bearer(other.adminKey()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void actuatorIsOutsideTheRatesEvenWithAKey() {
        var tenant = newTenant();
        for (int n = 0; n < 10; n++) {
            assertThat(get("/actuator/health", bearer(tenant.adminKey())).status())
                    .isEqualTo(200);
        }
        assertThat(get("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()))
                        .status())
                .as("the key's rate is untouched")
                .isEqualTo(200);
    }

    private String storedName(String userId) {
        return jdbc.sql("SELECT p.name FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }
}
