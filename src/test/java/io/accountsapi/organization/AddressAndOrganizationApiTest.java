package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CONTRACT section 4: organizations (their list, filters and changes) and the address. */
class AddressAndOrganizationApiTest extends ApiTestSupport {

    private static final List<String> ADDRESS_FIELDS = List.of(
            "country",
            "name_line",
            "premise",
            "sub_premise",
            "thoroughfare",
            "administrative_area",
            "sub_administrative_area",
            "locality",
            "dependent_locality",
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
        assertThat(body.get("owner_id").asString()).isEqualTo(uuid(tenant.adminId()));
        assertThat(body.get("name").asString()).isEqualTo(tenant.organizationName());
        assertThat(body.get("label").asString()).startsWith("Test Org ");
        assertThat(body.get("country").asString()).isEqualTo("GB");
        assertThat(body.get("status").asString()).isEqualTo("active");
        assertThat(body.get("type").asString()).isIn("fixed", "flexible");
        assertThat(body.get("namespace").asString()).isEqualTo("accounts-api");
        assertThat(body.get("vendor").asString()).isEqualTo("accounts-api");
        assertThat(body.get("capabilities")).isEqualTo(json("[]"));
        assertThat(body.get("billing_legacy").asBoolean()).isFalse();
        assertThat(body.get("security_contact").asString())
                .as("empty until set")
                .isEmpty();
        assertThat(body.get("billing_profile_id").asString())
                .isEqualTo(get("/organizations/" + tenant.organizationId() + "/profile", bearer(tenant.memberKey()))
                        .body()
                        .get("id")
                        .asString());
        assertThat(body.get("_links").get("update"))
                .isEqualTo(json("{\"href\": \"" + url("/organizations/" + tenant.organizationId())
                        + "\", \"method\": \"PATCH\"}"));
        assertThat(body.get("_links").get("self").has("method")).isFalse();
        assertThat(body.get("_links").get("profile").get("href").asString())
                .isEqualTo(url("/organizations/" + tenant.organizationId() + "/profile"));
        assertThat(byName.body()).isEqualTo(body);
    }

    @Test
    void listFiltersAsUpsunDoes() {
        var key = bearer(tenant.memberKey());
        var owner = uuid(tenant.adminId());

        assertThat(count("/organizations?filter[owner_id]=" + owner, key)).isEqualTo(1);
        assertThat(count("/organizations?filter[owner_id]=" + uuid(tenant.memberId()), key))
                .isZero();
        assertThat(count("/organizations?filter[owner_id]=" + tenant.adminId(), key))
                .as("Probely's id is not the owner's id here")
                .isZero();
        assertThat(count("/organizations?filter[owner_id][eq]=" + owner, key)).isEqualTo(1);
        assertThat(count("/organizations?filter[owner_id][ne]=" + owner, key)).isZero();
        assertThat(count("/organizations?filter[id][in]=X," + tenant.organizationId(), key))
                .isEqualTo(1);
        assertThat(count(
                        "/organizations?filter[name][starts]="
                                + tenant.organizationName().substring(0, 5) + "&filter[label][contains]=Test",
                        key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[label][ends]=nothing-like-it", key))
                .isZero();
        var empty = get("/organizations?filter[owner_id]=nobody", key).body();
        assertThat(empty.get("items").size()).isZero();
        var bad = get("/organizations?filter[owner_id][like]=x", key);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().get("detail").asString()).startsWith("Unknown operator in filter[owner_id][like];");
    }

    @Test
    void everyFilterUpsunDocumentsFiltersAndSortAndPageSizeAreAccepted() {
        var key = bearer(tenant.memberKey());
        var organization = get("/organizations/" + tenant.organizationId(), key).body();
        var profileId = organization.get("billing_profile_id").asString();
        var updated = Instant.parse(organization.get("updated_at").asString());

        assertThat(count(
                        "/organizations?filter[type]="
                                + organization.get("type").asString(),
                        key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[status][in]=active,restricted", key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[status][nin]=active", key)).isZero();
        assertThat(count("/organizations?filter[vendor]=accounts-api", key)).isEqualTo(1);
        assertThat(count("/organizations?filter[billing_profile_id]=" + profileId, key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[billing_profile_id][ne]=" + profileId, key))
                .isZero();
        assertThat(count("/organizations?filter[name][between]=a,zzz", key)).isEqualTo(1);
        assertThat(count("/organizations?filter[name][between]=zz,zzz", key)).isZero();
        assertThat(count("/organizations?filter[name][between]=,", key)).isZero();
        assertThat(count("/organizations?filter[capabilities][nin]=anything", key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[capabilities]=anything", key)).isZero();
        assertThat(count("/organizations?filter[updated_at][lt]=" + updated.plusSeconds(1), key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[updated_at][gt]=" + updated, key))
                .isZero();
        assertThat(count("/organizations?filter[updated_at][gte]=" + updated, key))
                .isEqualTo(1);
        assertThat(count("/organizations?filter[updated_at]=" + updated, key)).isEqualTo(1);
        assertThat(count(
                        "/organizations?filter[updated_at][between]=" + updated.minusSeconds(60) + ","
                                + updated.plusSeconds(60),
                        key))
                .isEqualTo(1);
        assertThat(count("/organizations?sort=-updated_at,name&page[size]=10", key))
                .isEqualTo(1);
        assertThat(count("/users/" + uuid(tenant.memberId()) + "/organizations?filter[status]=deleted", key))
                .isZero();
    }

    @Test
    void aParameterTheListDoesNotKnowIsRefusedByName() {
        var key = bearer(tenant.memberKey());

        for (var query : List.of(
                "filter[colour]=red",
                "filter[capabilities][contains]=x",
                "filter[updated_at][starts]=2023",
                "filter[updated_at][lt]=yesterday",
                "filter[name][between]=a",
                "filter[updated_at][between]=,",
                "sort=,",
                "page[size]=0",
                "page[size]=101",
                "page[after]=x",
                "sort=colour",
                "colour=red")) {
            var response = get("/organizations?" + query, key);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
            assertThat(response.body().get("detail").asString())
                    .as(query)
                    .contains(query.substring(0, query.indexOf('=')));
        }
    }

    private int count(String path, String key) {
        var response = get(path, key);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body().get("count").asInt();
    }

    @Test
    void anAdminChangesTheOrganizationsNameLabelAndCountry() {
        var path = "/organizations/" + tenant.organizationId();
        var name = "renamed-" + tenant.organizationName();

        var response = patch(
                path,
                bearer(tenant.adminKey()),
                "{\"label\": \" Renamed Ltd \", \"name\": \"" + name + "\", \"country\": \"fr\","
                        + " \"security_contact\": \"security@example.com\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body().get("label").asString()).isEqualTo("Renamed Ltd");
        assertThat(response.body().get("name").asString()).isEqualTo(name);
        assertThat(response.body().get("country").asString()).isEqualTo("FR");
        assertThat(response.body().get("security_contact").asString()).isEqualTo("security@example.com");
        assertThat(jdbc.sql("SELECT o.name || ' ' || o.label || ' ' || a.country || ' ' || o.security_contact"
                                + " FROM organizations o JOIN addresses a ON a.organization_id = o.id WHERE o.id = :id")
                        .param("id", tenant.organizationId())
                        .query(String.class)
                        .single())
                .isEqualTo(name + " Renamed Ltd FR security@example.com");
        assertThat(get("/organizations/name=" + name, bearer(tenant.memberKey()))
                        .body())
                .isEqualTo(response.body());
        assertThat(get(path + "/profile", bearer(tenant.memberKey()))
                        .body()
                        .get("display_name")
                        .asString())
                .isEqualTo("Renamed Ltd");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "Not A Slug"}      | name    | This value is not valid.
            {"name": "-dash"}           | name    | This value is not valid.
            {"name": null}              | name    | This value should not be null.
            {"label": "  "}             | label   | This value should not be blank.
            {"country": "XX"}           | country | This value is not a valid country.
            {"security_contact": "x"}   | security_contact | This value is not a valid email address.
            {"security_contact": null}  | security_contact | This value should not be null.
            """)
    void badOrganizationValuesAreRefused(String body, String field, String message) {
        var before = stored();

        var response = patch("/organizations/" + tenant.organizationId(), bearer(tenant.adminKey()), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").get(field).asString()).isEqualTo(message);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anotherOrganizationsNameIsTakenAndOnlyAnAdminChangesTheOrganization() {
        var other = newTenant();
        var path = "/organizations/" + tenant.organizationId();
        var before = stored();

        var taken = patch(path, bearer(tenant.adminKey()), "{\"name\": \"" + other.organizationName() + "\"}");
        var byMember = patch(path, bearer(tenant.memberKey()), "{\"label\": \"Mine\"}");
        var foreign =
                patch("/organizations/" + other.organizationId(), bearer(tenant.adminKey()), "{\"label\": \"Mine\"}");

        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body().get("detail").get("name").asString()).isEqualTo("This value is already used.");
        assertThat(byMember.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(stored()).isEqualTo(before);
        assertThat(patch(path, bearer(tenant.adminKey()), "{\"name\": \"" + tenant.organizationName() + "\"}")
                        .status())
                .as("its own name is not taken")
                .isEqualTo(200);
    }

    private String stored() {
        return jdbc.sql("SELECT o.name || '|' || o.label || '|' || a.country || '|' || o.security_contact || '|'"
                        + " || o.updated_at FROM organizations o JOIN addresses a ON a.organization_id = o.id"
                        + " WHERE o.id = :id")
                .param("id", tenant.organizationId())
                .query(String.class)
                .single();
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
        assertThat(stored)
                .containsEntry("country", "US")
                .containsEntry("administrative_area", "CA")
                .containsEntry("name_line", "Jane Smith")
                .containsEntry("postal_code", "94612")
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
    @ValueSource(
            strings = {
                "{\"country\": \"XX\"}",
                "{\"country\": \"DEU\"}",
                "{\"country\": null}",
                "{\"administrative_area\": \"California\"}",
                "{\"locality\": 7}",
                "{\"postal_code\": \"123456789012345678901234567890123\"}"
            })
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
        var strict = send(
                "PATCH",
                addressPath,
                bearer(tenant.adminKey()),
                "{\"locality\": \"Paris\", \"zip\": \"1\"}",
                Map.of("Content-Type", "application/json", "Prefer", "return=minimal, handling=strict"));

        assertThat(lenient.status()).isEqualTo(200);
        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.body().get("detail").get("zip").asString()).isNotBlank();
        assertThat(storedAddress()).isEqualTo(before);
    }

    private Map<String, Object> storedAddress() {
        return jdbc.sql("SELECT * FROM addresses WHERE organization_id = :id")
                .param("id", tenant.organizationId())
                .query()
                .singleRow();
    }
}
