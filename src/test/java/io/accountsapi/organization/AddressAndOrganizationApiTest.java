package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CONTRACT section 4: organizations and the address. */
class AddressAndOrganizationApiTest extends ApiTestSupport {

    private static final List<String> ADDRESS_FIELDS = List.of("country", "name_line", "premise", "sub_premise",
            "thoroughfare", "administrative_area", "sub_administrative_area", "locality", "dependent_locality",
            "postal_code");

    private TestTenant tenant;
    private String addressPath;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
        addressPath = "/organizations/" + tenant.organizationId() + "/address";
    }

    @Test
    void listShowsOnlyTheCallersOrganization() {
        newTenant();

        var response = get("/organizations", bearer(tenant.memberKey()));

        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("count").asInt()).isEqualTo(1);
        assertThat(body.get("items").get(0).get("id").asString()).isEqualTo(tenant.organizationId());
        assertThat(body.get("_links").get("self").get("href").asString()).isEqualTo(url("/organizations"));
    }

    @Test
    void organizationShowsUpsunFields() {
        patch(addressPath, bearer(tenant.adminKey()), "{\"country\": \"gb\"}");

        var byId = get("/organizations/" + tenant.organizationId(), bearer(tenant.memberKey()));
        var byName = get("/organizations/name=" + tenant.organizationName(), bearer(tenant.memberKey()));

        assertThat(byId.status()).isEqualTo(200);
        var body = byId.body();
        assertThat(body.get("id").asString()).isEqualTo(tenant.organizationId()).matches("[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(body.get("owner_id").asString()).isEqualTo(tenant.adminId());
        assertThat(body.get("name").asString()).isEqualTo(tenant.organizationName());
        assertThat(body.get("label").asString()).startsWith("Test Org ");
        assertThat(body.get("country").asString()).isEqualTo("GB");
        assertThat(body.get("status").asString()).isEqualTo("active");
        assertThat(body.get("type").asString()).isIn("fixed", "flexible");
        assertThat(body.get("_links").get("profile").get("href").asString())
                .isEqualTo(url("/organizations/" + tenant.organizationId() + "/profile"));
        assertThat(byName.body()).isEqualTo(body);
    }

    @Test
    void addressHasTheTenUpsunFieldsAsStrings() {
        var response = get(addressPath, bearer(tenant.memberKey()));

        assertThat(response.status()).isEqualTo(200);
        for (var field : ADDRESS_FIELDS) {
            assertThat(response.body().get(field).asString()).as(field).isEmpty();
        }
    }

    @Test
    void patchingTheAddressStoresEveryFieldAndNormalisesCodes() {
        var response = patch(addressPath, bearer(tenant.adminKey()), """
                {"country": "us", "name_line": "Jane Smith", "premise": "Suite 4", "sub_premise": "Floor 2",
                 "thoroughfare": "1 Main St", "administrative_area": "ca", "sub_administrative_area": "Alameda",
                 "locality": "Oakland", "dependent_locality": "Downtown", "postal_code": "94612"}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("country").asString()).isEqualTo("US");
        var stored = storedAddress();
        assertThat(stored).containsEntry("country", "US").containsEntry("administrative_area", "CA")
                .containsEntry("name_line", "Jane Smith").containsEntry("postal_code", "94612")
                .containsEntry("dependent_locality", "Downtown");
        assertThat(get(addressPath, bearer(tenant.adminKey())).body()).isEqualTo(response.body());
    }

    @Test
    void emptyAddressPatchChangesNothing() {
        var before = storedAddress();

        assertThat(patch(addressPath, bearer(tenant.adminKey()), "{}").status()).isEqualTo(200);

        assertThat(storedAddress()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"country\": \"XX\"}", "{\"country\": \"DEU\"}", "{\"country\": null}",
            "{\"administrative_area\": \"California\"}", "{\"locality\": 7}", "{\"postal_code\": \"123456789012345678901234567890123\"}"})
    void invalidAddressValuesAreRefused(String body) {
        var before = storedAddress();

        var response = patch(addressPath, bearer(tenant.adminKey()), body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var field = json(body).propertyNames().iterator().next();
        assertThat(response.body().get("detail").get(field).asString()).isNotBlank();
        assertThat(storedAddress()).isEqualTo(before);
    }

    @Test
    void addressReadOnlyAndUnknownFieldsAreIgnoredOrRefusedWhenStrict() {
        var before = storedAddress();

        var lenient = patch(addressPath, bearer(tenant.adminKey()), "{\"_links\": {}, \"organization_id\": \"x\"}");
        var strict = send("PATCH", addressPath, bearer(tenant.adminKey()), "{\"locality\": \"Paris\", \"zip\": \"1\"}",
                Map.of("Content-Type", "application/json", "Prefer", "return=minimal, handling=strict"));

        assertThat(lenient.status()).isEqualTo(200);
        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.body().get("detail").get("zip").asString()).isNotBlank();
        assertThat(storedAddress()).isEqualTo(before);
    }

    private Map<String, Object> storedAddress() {
        return jdbc.sql("SELECT * FROM addresses WHERE organization_id = :id").param("id", tenant.organizationId())
                .query().singleRow();
    }
}
