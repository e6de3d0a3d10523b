package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.ApiTestSupport;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CONTRACT section 4, the profile: what a client sees over HTTP and what is stored afterwards. */
class ProfileApiTest extends ApiTestSupport {

    private static final String RFC3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    private TestTenant tenant;
    private String profilePath;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
        profilePath = "/organizations/" + tenant.organizationId() + "/profile";
    }

    @Test
    void profileHasEverySeedFieldInTheSeedsTypes() {
        var response = get(profilePath, bearer(tenant.adminKey()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        var body = response.body();
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "display_name",
                        "email",
                        "username",
                        "type",
                        "picture",
                        "company_type",
                        "company_name",
                        "currency",
                        "vat_number",
                        "company_role",
                        "website_url",
                        "new_ui",
                        "ui_colorscheme",
                        "default_catalog",
                        "project_options_url",
                        "marketing",
                        "created_at",
                        "updated_at",
                        "billing_contact",
                        "current_trial",
                        "invoiced",
                        "customer_type",
                        "legal_entity_name",
                        "_links");
        for (var field : List.of(
                "display_name",
                "email",
                "username",
                "type",
                "picture",
                "company_type",
                "company_name",
                "currency",
                "vat_number",
                "company_role",
                "website_url",
                "ui_colorscheme",
                "default_catalog",
                "project_options_url",
                "billing_contact",
                "legal_entity_name")) {
            assertThat(body.get(field).isString())
                    .as(field + " is a string, never null")
                    .isTrue();
        }
        for (var field : List.of("new_ui", "marketing", "invoiced")) {
            assertThat(body.get(field).isBoolean()).as(field).isTrue();
        }
        var storedProfileId = jdbc.sql("SELECT id::text FROM profiles WHERE organization_id = :id")
                .param("id", tenant.organizationId())
                .query(String.class)
                .single();
        assertThat(body.get("id").asString()).isEqualTo(storedProfileId).isNotEqualTo(tenant.organizationId());
        assertThat(body.get("type").asString()).isEqualTo("organization");
        assertThat(body.get("display_name").asString()).startsWith("Test Org ");
        assertThat(body.get("username").asString()).isEqualTo(tenant.organizationName());
        assertThat(body.get("email").asString()).isEqualTo(tenant.adminEmail());
        assertThat(body.get("company_name").asString()).isEmpty();
        assertThat(body.get("customer_type").isNull())
                .as("customer_type unset: null, since Upsun's document allows none but its three values")
                .isTrue();
        assertThat(body.get("currency").asString()).isEqualTo("USD");
        assertThat(body.get("created_at").asString()).matches(RFC3339_UTC);
        assertThat(body.get("updated_at").asString()).matches(RFC3339_UTC);
        assertThat(body.get("_links").get("self").get("href").asString()).isEqualTo(url(profilePath));
    }

    @Test
    void currentTrialIsComputedFromTheTrialRecord() {
        var trial = get(profilePath, bearer(tenant.adminKey())).body().get("current_trial");

        assertThat(trial.propertyNames())
                .containsExactlyInAnyOrder(
                        "active",
                        "created",
                        "description",
                        "expiration",
                        "current",
                        "spend",
                        "spend_remaining",
                        "projects",
                        "pending_verification",
                        "model",
                        "days_remaining");
        assertThat(trial.get("active").asBoolean()).isTrue();
        assertThat(trial.get("days_remaining").asLong()).isEqualTo(30);
        assertThat(trial.get("pending_verification").isNull()).isTrue();
        assertThat(trial.get("current").get("amount").asString()).isEqualTo("0.00");
        assertThat(trial.get("current").get("formatted").asString()).isEqualTo("$0.00");
        assertThat(trial.get("spend_remaining").get("unlimited").isBoolean()).isTrue();
        assertThat(trial.get("projects").get("total").get("amount").isIntegralNumber())
                .isTrue();

        jdbc.sql("""
                UPDATE trials SET spend_limit = 50, current_spend = 12.5, unlimited = false,
                       expiration = now() + interval '36 hours', pending_verification = 'credit-card',
                       project_total_minor = 1999
                WHERE organization_id = :id""").param("id", tenant.organizationId()).update();
        patch(
                "/organizations/" + tenant.organizationId() + "/address",
                bearer(tenant.adminKey()),
                "{\"country\":\"FR\"}");

        trial = get(profilePath, bearer(tenant.adminKey())).body().get("current_trial");
        assertThat(trial.get("days_remaining").asLong()).isEqualTo(2);
        assertThat(trial.get("pending_verification").asString()).isEqualTo("credit-card");
        assertThat(trial.get("current")).isEqualTo(json("""
                {"formatted": "€12.50", "amount": "12.50", "currency": "EUR", "currency_symbol": "€"}"""));
        assertThat(trial.get("spend_remaining")).isEqualTo(json("""
                {"formatted": "€37.50", "amount": "37.50", "currency": "EUR", "currency_symbol": "€", "unlimited": false}"""));
        assertThat(trial.get("projects").get("total")).isEqualTo(json("""
                {"amount": 1999, "currency_code": "EUR", "currency_symbol": "€", "formatted": "€19.99"}"""));
    }

    @ParameterizedTest
    @CsvSource({"DE,EUR", "IE,EUR", "GB,GBP", "US,USD", "AU,AUD", "CA,CAD", "JP,USD", "CH,USD", "'',USD"})
    void currencyFollowsTheAddressCountry(String country, String currency) {
        var address = patch(
                "/organizations/" + tenant.organizationId() + "/address",
                bearer(tenant.adminKey()),
                "{\"country\":\"" + country + "\"}");
        assertThat(address.status()).isEqualTo(200);

        assertThat(get(profilePath, bearer(tenant.adminKey()))
                        .body()
                        .get("currency")
                        .asString())
                .isEqualTo(currency);
    }

    @Test
    void profileIsAlsoFoundByMachineName() {
        var byName = get("/organizations/name=" + tenant.organizationName() + "/profile", bearer(tenant.adminKey()));
        var byId = get(profilePath, bearer(tenant.adminKey()));

        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.body().get("id")).isEqualTo(byId.body().get("id"));
    }

    @Test
    void patchingOneFieldChangesThatFieldAndUpdatedAtOnly() throws InterruptedException {
        var before = storedProfile();
        Thread.sleep(5);

        var response = patch(profilePath, bearer(tenant.adminKey()), "{\"company_name\": \"Acme Ltd\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("company_name").asString()).isEqualTo("Acme Ltd");
        assertThat(response.body().get("_links")).isNotNull();
        var after = storedProfile();
        assertThat(after.get("company_name")).isEqualTo("Acme Ltd");
        assertThat((Timestamp) after.get("updated_at")).isAfter((Timestamp) before.get("updated_at"));
        assertThat(without(after, "company_name", "updated_at", "version"))
                .isEqualTo(without(before, "company_name", "updated_at", "version"));
        assertThat(get(profilePath, bearer(tenant.adminKey())).body()).isEqualTo(response.body());
    }

    @Test
    void everyPatchableFieldIsStored() {
        var response = patch(profilePath, bearer(tenant.adminKey()), """
                {"company_name": "Acme", "vat_number": "  gb 123456789 ", "billing_contact": "billing@acme.example",
                 "default_catalog": "https://acme.example/catalog.json",
                 "project_options_url": "http://acme.example/options.yaml",
                 "customer_type": "government", "legal_entity_name": "Acme Limited"}""");

        assertThat(response.status()).isEqualTo(200);
        var body = response.body();
        assertThat(body.get("vat_number").asString()).isEqualTo("GB 123456789");
        assertThat(body.get("billing_contact").asString()).isEqualTo("billing@acme.example");
        var stored = storedProfile();
        assertThat(stored)
                .containsEntry("company_name", "Acme")
                .containsEntry("vat_number", "GB 123456789")
                .containsEntry("billing_contact", "billing@acme.example")
                .containsEntry("default_catalog", "https://acme.example/catalog.json")
                .containsEntry("project_options_url", "http://acme.example/options.yaml")
                .containsEntry("customer_type", "government")
                .containsEntry("legal_entity_name", "Acme Limited");
        assertThat(body.get("customer_type").asString()).isEqualTo("government");
        assertThat(body.get("legal_entity_name").asString()).isEqualTo("Acme Limited");
    }

    @ParameterizedTest
    @CsvSource({
        "individual,individual,individual",
        "indvidual,individual,individual",
        "corporation,corporation,corporation",
        "company,corporation,corporation",
        "government,government,government",
        "'',,''"
    })
    void customerTypeTakesBothOfUpsunsSpellingsAndShowsTheProfilesOne(String sent, String shown, String stored) {
        var response = patch(profilePath, bearer(tenant.adminKey()), "{\"customer_type\": \"" + sent + "\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(
                        response.body().get("customer_type").isNull()
                                ? null
                                : response.body().get("customer_type").asString())
                .isEqualTo(shown);
        assertThat(storedProfile()).containsEntry("customer_type", stored);
    }

    @Test
    void emptyStringClearsAField() {
        patch(
                profilePath,
                bearer(tenant.adminKey()),
                "{\"company_name\": \"Acme\", \"billing_contact\": \"a@b.example\"}");

        var response =
                patch(profilePath, bearer(tenant.adminKey()), "{\"company_name\": \"\", \"billing_contact\": \"\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(storedProfile()).containsEntry("company_name", "").containsEntry("billing_contact", "");
    }

    @Test
    void emptyPatchChangesNothing() {
        var before = storedProfile();

        var response = patch(profilePath, bearer(tenant.adminKey()), "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(storedProfile()).isEqualTo(before);
    }

    @Test
    void readOnlyAndUnknownFieldsAreIgnored() {
        var before = storedProfile();

        var response = patch(profilePath, bearer(tenant.adminKey()), """
                {"currency": "EUR", "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "email": "evil@example.com",
                 "created_at": "2000-01-01T00:00:00Z", "updated_at": "2000-01-01T00:00:00Z", "type": "user",
                 "display_name": "Evil", "username": "evil", "invoiced": true, "organization_id": "X", "foo": 1}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("currency").asString()).isEqualTo("USD");
        assertThat(response.body().get("email").asString()).isEqualTo(tenant.adminEmail());
        assertThat(storedProfile()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT label FROM organizations WHERE id = :id")
                        .param("id", tenant.organizationId())
                        .query(String.class)
                        .single())
                .startsWith("Test Org ");
    }

    @Test
    void strictHandlingNamesIgnoredFieldsAndStoresNothing() {
        var before = storedProfile();

        var response = send(
                "PATCH",
                profilePath,
                bearer(tenant.adminKey()),
                "{\"company_name\": \"Acme\", \"currency\": \"EUR\", \"foo\": 1}",
                Map.of("Content-Type", "application/json", "Prefer", "handling=strict"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").propertyNames()).containsExactly("currency", "foo");
        assertThat(storedProfile()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "billing_contact     | \"not-an-email\"",
                "billing_contact     | \"a@b\"",
                "billing_contact     | \"a b@example.com\"",
                "default_catalog     | \"ftp://example.com/catalog.json\"",
                "default_catalog     | \"/relative/catalog.json\"",
                "default_catalog     | \"javascript:alert(1)\"",
                "project_options_url | \"example.com/options\"",
                "project_options_url | \"https://\"",
                "company_name        | null",
                "vat_number          | null",
                "billing_contact     | null",
                "default_catalog     | null",
                "project_options_url | null",
                "company_name        | 42",
                "company_name        | true",
                "company_name        | [\"Acme\"]",
                "company_name        | {\"name\": \"Acme\"}",
                "customer_type       | \"person\"",
                "customer_type       | \"Individual\"",
                "customer_type       | null",
                "legal_entity_name   | null",
                "legal_entity_name   | \"a\\u0000b\"",
            })
    void invalidValuesAreRefusedFieldByFieldAndNothingIsStored(String field, String value) {
        var before = storedProfile();

        var validField = field.equals("company_name") ? "vat_number" : "company_name";
        var response = patch(
                profilePath,
                bearer(tenant.adminKey()),
                "{\"" + validField + "\": \"NOT-STORED\", \"" + field + "\": " + value + "}");

        assertUpsunValidationError(response, field);
        assertThat(storedProfile()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({
        "company_name,255",
        "vat_number,32",
        "default_catalog,2048",
        "project_options_url,2048",
        "billing_contact,254",
        "legal_entity_name,255"
    })
    void valuesOverTheLimitAreRefusedAndValuesAtTheLimitAccepted(String field, int limit) {
        var before = storedProfile();

        var tooLong = patch(
                profilePath,
                bearer(tenant.adminKey()),
                "{\"" + field + "\": \"" + valueOfLength(field, limit + 1) + "\"}");

        assertUpsunValidationError(tooLong, field);
        assertThat(storedProfile()).isEqualTo(before);
        var atLimit = patch(
                profilePath, bearer(tenant.adminKey()), "{\"" + field + "\": \"" + valueOfLength(field, limit) + "\"}");
        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(200);
        assertThat(storedProfile().get(field)).isEqualTo(valueOfLength(field, limit));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "[{\"company_name\": \"Acme\"}]",
                "\"Acme\"",
                "42",
                "{\"company_name\": ",
                "{\"a\":1,\"a\":2}"
            })
    void bodiesThatAreNotOneJsonObjectAreRefused(String body) {
        var before = storedProfile();

        var response = patch(profilePath, bearer(tenant.adminKey()), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").isString()).isTrue();
        assertThat(storedProfile()).isEqualTo(before);
    }

    @Test
    void nonJsonMediaTypeIs415() {
        var response = send(
                "PATCH",
                profilePath,
                bearer(tenant.adminKey()),
                "company_name=Acme",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asInt()).isEqualTo(415);
    }

    @Test
    void unacceptableAcceptIs406() {
        var response = send("GET", profilePath, bearer(tenant.adminKey()), null, Map.of("Accept", "text/html"));

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("code").asInt()).isEqualTo(406);
    }

    @Test
    void unsupportedMethodIs405WithAllow() {
        var response = send("DELETE", profilePath, bearer(tenant.adminKey()), null, Map.of());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET").contains("PATCH");
        assertThat(response.body().get("title").asString()).isEqualTo("Method Not Allowed");
    }

    private void assertUpsunValidationError(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var body = response.body();
        assertThat(body.get("title").asString()).isEqualTo("Bad Request");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("code").asInt()).isEqualTo(400);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("error")).as("the current Upsun document's Error").isEqualTo(body.get("message"));
        assertThat(body.get("detail").get(field).asString())
                .as(response.toString())
                .isNotBlank();
    }

    private static String valueOfLength(String field, int length) {
        return switch (field) {
            case "billing_contact" -> "a".repeat(length - "@example.com".length()) + "@example.com";
            case "default_catalog", "project_options_url" -> "https://example.com/" + "a".repeat(length - 20);
            case "vat_number" -> "GB" + "1".repeat(length - 2);
            default -> "a".repeat(length);
        };
    }

    private Map<String, Object> storedProfile() {
        return jdbc.sql("SELECT * FROM profiles WHERE organization_id = :id")
                .param("id", tenant.organizationId())
                .query()
                .singleRow();
    }

    private static Map<String, Object> without(Map<String, Object> row, String... columns) {
        var copy = new HashMap<>(row);
        List.of(columns).forEach(copy::remove);
        return copy;
    }
}
