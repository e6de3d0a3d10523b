package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Swagger UI and {@code /v3/api-docs} describe the shapes clients really send and receive. */
class ApiDocsTest extends ApiTestSupport {

    @Test
    void organizationsGroupDescribesTheRealShapes() {
        var docs = get("/v3/api-docs/organizations", null).body();
        var schemas = docs.get("components").get("schemas");

        assertThat(docs.get("paths").propertyNames())
                .containsExactlyInAnyOrder(
                        "/organizations",
                        "/organizations/{organization_id}",
                        "/organizations/{organization_id}/profile",
                        "/organizations/{organization_id}/address",
                        "/organizations/{organization_id}/members",
                        "/organizations/{organization_id}/members/{user_id}",
                        "/users/me",
                        "/users/{user_id}",
                        "/users/{user_id}/organizations",
                        "/ref/users");
        var memberParameters = docs.get("paths")
                .get("/organizations/{organization_id}/members")
                .get("get")
                .get("parameters");
        var permissions = memberParameters
                .valueStream()
                .filter(parameter -> parameter.get("name").asString().equals("filter[permissions]"))
                .findFirst()
                .orElseThrow();
        assertThat(permissions.get("style").asString()).isEqualTo("deepObject");
        assertThat(permissions.get("schema").get("$ref").asString()).isEqualTo("#/components/schemas/ArrayFilter");
        assertThat(memberParameters
                        .valueStream()
                        .map(parameter -> parameter.get("name").asString()))
                .contains("page[size]", "page[before]", "page[after]", "sort");
        assertThat(schemas.get("StringFilter").get("properties").propertyNames())
                .containsExactlyInAnyOrder("eq", "ne", "in", "nin", "between", "contains", "starts", "ends");
        assertThat(schemas.get("DateTimeFilter").get("properties").propertyNames())
                .containsExactlyInAnyOrder("eq", "ne", "between", "gt", "gte", "lt", "lte");
        var patch = schemas.get("ProfilePatch").get("properties");
        assertThat(patch.propertyNames())
                .containsExactlyInAnyOrder(
                        "default_catalog",
                        "project_options_url",
                        "company_name",
                        "vat_number",
                        "billing_contact",
                        "customer_type",
                        "legal_entity_name");
        assertThat(patch.get("billing_contact").get("format").asString()).isEqualTo("email");
        assertThat(patch.get("project_options_url").get("format").asString()).isEqualTo("uri");
        assertThat(patch.get("company_name").get("maxLength").asInt()).isEqualTo(255);
        assertThat(patch.get("company_name").get("description").asString()).isEqualTo("The company name.");
        var profile = schemas.get("Profile").get("properties");
        assertThat(profile.propertyNames()).contains("display_name", "current_trial", "_links", "created_at");
        assertThat(profile.get("id").get("format").asString()).isEqualTo("uuid");
        assertThat(profile.get("created_at").get("format").asString()).isEqualTo("date-time");
        var pending = schemas.get("ProfileTrial").get("properties").get("pending_verification");
        assertThat(pending.get("type").toString()).contains("null");
        assertThat(pending.get("enum").toString()).isEqualTo("[\"credit-card\",null]");
        var patchResponses = docs.get("paths")
                .get("/organizations/{organization_id}/profile")
                .get("patch")
                .get("responses");
        assertThat(patchResponses.propertyNames()).contains("200", "400", "401", "403", "404");
        assertThat(patchResponses.get("400").get("content").propertyNames())
                .containsExactly("application/problem+json");
    }

    @Test
    void anUnknownGroupIsNotFound() {
        var answer = get("/v3/api-docs/upsun", null);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/");
    }

    @Test
    void usersGroupDescribesTheSeedsPatchInThreeMediaTypes() {
        var docs = get("/v3/api-docs/users", null).body();
        var schemas = docs.get("components").get("schemas");

        assertThat(docs.get("paths").propertyNames())
                .contains("/users/", "/users/{id}/", "/profile/", "/users/{id}/keys/", "/users/{id}/keys/{keyId}/");
        var patch = docs.get("paths").get("/users/{id}/").get("patch");
        assertThat(patch.get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder(
                        "application/json", "application/x-www-form-urlencoded", "multipart/form-data");
        assertThat(patch.get("responses").propertyNames()).contains("200", "400", "401", "403", "404", "415");
        var body = schemas.get("PatchedUserRequest").get("properties");
        assertThat(body.get("name").get("maxLength").asInt()).isEqualTo(60);
        assertThat(body.get("title").get("enum").toString()).contains("\"ceo\"", "\"other\"", "\"\"");
        var label = schemas.get("LabelRequest").get("properties");
        assertThat(label.get("color").get("pattern").asString()).isEqualTo("^[a-zA-Z0-9#_-]*$");
        assertThat(label.get("name").get("maxLength").asInt()).isEqualTo(255);
        assertThat(schemas.get("User").get("properties").propertyNames())
                .contains("is_billing_admin", "changed_by", "user_roles", "last_login", "is_apiuser", "mfa_enabled");
        assertThat(docs.get("paths").get("/users/").get("get").get("parameters").toString())
                .contains("label_logical_operator", "ordering", "length");
    }

    @Test
    void operationsAreNamedAsTheVendorsDocumentsNameThem() {
        assertThat(operationIds("organizations"))
                .containsExactlyInAnyOrder(
                        "list-orgs",
                        "create-org",
                        "get-org",
                        "update-org",
                        "delete-org",
                        "get-org-profile",
                        "update-org-profile",
                        "get-org-address",
                        "update-org-address",
                        "list-org-members",
                        "get-org-member",
                        "create-org-member",
                        "update-org-member",
                        "delete-org-member",
                        "list-referenced-users",
                        "get-current-user",
                        "get-user",
                        "list-user-orgs");
        assertThat(operationIds("users"))
                .containsExactlyInAnyOrder(
                        "users_list",
                        "users_create",
                        "users_retrieve",
                        "users_update",
                        "users_partial_update",
                        "users_destroy",
                        "profile_retrieve",
                        "users_keys_list",
                        "users_keys_create",
                        "users_keys_destroy",
                        "labels_users_list",
                        "labels_users_create",
                        "labels_users_retrieve",
                        "labels_users_update",
                        "labels_users_partial_update",
                        "labels_users_destroy");
    }

    @Test
    void usersListParametersHaveSchemasAndRepeatableOnesAreArrays() {
        var parameters = get("/v3/api-docs/users", null)
                .body()
                .get("paths")
                .get("/users/")
                .get("get")
                .get("parameters");
        var byName = new HashMap<String, JsonNode>();
        parameters.forEach(parameter -> byName.put(parameter.get("name").asString(), parameter));

        assertThat(byName)
                .containsKeys(
                        "page",
                        "length",
                        "search",
                        "active",
                        "mfa_enabled",
                        "label",
                        "label_logical_operator",
                        "role",
                        "team",
                        "target",
                        "exclude_team",
                        "exclude_target",
                        "account",
                        "no_access",
                        "exclude",
                        "ordering");
        byName.forEach((name, parameter) ->
                assertThat(parameter.has("schema")).as(name).isTrue());
        for (var repeatable : List.of("label", "role", "team", "target", "exclude_team", "exclude_target", "exclude")) {
            assertThat(byName.get(repeatable).get("schema").get("type").asString())
                    .as(repeatable)
                    .isEqualTo("array");
            assertThat(byName.get(repeatable).get("explode").asBoolean())
                    .as(repeatable)
                    .isTrue();
        }
        assertThat(byName.get("search").get("schema").get("type").asString()).isEqualTo("string");
        assertThat(byName.get("no_access").get("schema").get("type").asString()).isEqualTo("boolean");
        assertThat(byName.get("length").get("schema").get("maximum").asInt()).isEqualTo(100);
        var labelParameters = get("/v3/api-docs/users", null)
                .body()
                .get("paths")
                .get("/labels/users/")
                .get("get")
                .get("parameters")
                .toString();
        assertThat(labelParameters).contains("\"page\"", "\"length\"", "\"search\"", "\"ordering\"");
    }

    @Test
    void everyFieldOfAnAnswerIsRequiredAndServerSetOnesAreReadOnly() {
        var schemas = get("/v3/api-docs/users", null).body().get("components").get("schemas");

        for (var schema : List.of("User", "Label", "ChangedBy", "UserRole", "UserRoleScope", "NamedRef", "UserList")) {
            assertThat(names(schemas.get(schema).get("required")))
                    .as(schema)
                    .containsExactlyInAnyOrderElementsOf(
                            schemas.get(schema).get("properties").propertyNames());
        }
        var user = schemas.get("User").get("properties");
        assertThat(List.of(
                        "id", "is_billing_admin", "changed_by", "changed", "last_login", "is_apiuser", "mfa_enabled"))
                .allSatisfy(field -> assertThat(user.get(field).path("readOnly").asBoolean())
                        .as(field)
                        .isTrue());
        assertThat(List.of("email", "name", "title", "active", "labels", "user_roles"))
                .allSatisfy(field ->
                        assertThat(user.get(field).has("readOnly")).as(field).isFalse());
        assertThat(names(schemas.get("ApiKey").get("required"))).containsExactlyInAnyOrder("id", "name", "created");
        assertThat(schemas.get("ApiKeyRequest")
                        .get("properties")
                        .get("name")
                        .get("type")
                        .asString())
                .isEqualTo("string");
    }

    private List<String> operationIds(String group) {
        var operationIds = new ArrayList<String>();
        get("/v3/api-docs/" + group, null)
                .body()
                .get("paths")
                .forEach(path -> path.forEach(operation ->
                        operationIds.add(operation.get("operationId").asString())));
        return operationIds;
    }

    private static List<String> names(JsonNode array) {
        var names = new ArrayList<String>();
        array.forEach(name -> names.add(name.asString()));
        return names;
    }

    @Test
    void everyOperationDocumentsItsErrorsWithExampleBodiesAndPreFillsNoHeader() {
        for (var group : List.of("organizations", "users")) {
            var errorType = group.equals("organizations") ? "application/problem+json" : "application/json";
            var paths = get("/v3/api-docs/" + group, null).body().get("paths");
            paths.properties()
                    .forEach(path -> path.getValue().properties().forEach(entry -> {
                        var operation = entry.getValue();
                        var where = entry.getKey() + " " + path.getKey();
                        var responses = operation.get("responses");
                        var parameters = operation.path("parameters");
                        var expected = new ArrayList<>(List.of("401", "503"));
                        if (operation.has("requestBody")) {
                            expected.addAll(List.of("400", "403", "413", "415"));
                        }
                        if (parameters.toString().contains("\"If-Match\"")) {
                            expected.add("412");
                        }
                        if (path.getKey().contains("{")) {
                            expected.add("404");
                        }
                        assertThat(responses.propertyNames())
                                .as(where)
                                .containsAll(expected)
                                .anyMatch(status -> status.startsWith("2"));
                        expected.forEach(status -> assertThat(responses
                                        .get(status)
                                        .get("content")
                                        .get(errorType)
                                        .has("example"))
                                .as("%s %s has an example body", where, status)
                                .isTrue());
                        if (entry.getKey().equals("get")) {
                            assertThat(responses.propertyNames()).as(where).contains("304");
                        }
                        parameters.forEach(parameter -> assertThat(parameter.has("example")
                                        && !parameter.get("in").asString().equals("path")
                                        && !parameter.get("example").isEmpty())
                                .as("%s pre-fills %s", where, parameter.get("name"))
                                .isFalse());
                    }));
        }
    }

    /** What a client generator reads first: a parser that reports nothing, neither error nor warning. */
    @ParameterizedTest
    @ValueSource(strings = {"organizations", "users"})
    void eachGroupIsAValidOpenApiDocument(String group) {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser()
                .readContents(get("/v3/api-docs/" + group, null).raw().body(), null, options);

        assertThat(result.getMessages()).as(group).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).as(group).isNotEmpty();
    }

    @Test
    void swaggerUiOffersAKeyForBothSchemes() {
        var docs = get("/v3/api-docs/organizations", null).body();

        assertThat(docs.get("components").get("securitySchemes").propertyNames())
                .contains("Bearer", "JWT");
        assertThat(get("/swagger-ui.html", null).status()).isIn(200, 302);
        assertThat(get("/v3/api-docs/swagger-config", null).body().get("urls").toString())
                .contains("Organizations")
                .contains("Users");
    }
}
