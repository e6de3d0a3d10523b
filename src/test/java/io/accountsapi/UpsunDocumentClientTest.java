package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java client generated from Upsun's own document (its paths this server serves, in
 * {@code src/test/resources/upsun/}) reads every answer of every operation this server serves: an answer that breaks
 * one of the document's enums, formats or types fails as it would fail a client developer.
 */
class UpsunDocumentClientTest extends ApiTestSupport {

    @Test
    void aClientGeneratedFromUpsunsDocumentReadsEveryAnswer(@TempDir Path directory) throws Exception {
        var document = directory.resolve("upsun.json");
        try (var resource = getClass().getResourceAsStream("/upsun/upsun-orgs-users.json")) {
            Files.copy(resource, document);
        }
        var sources = GeneratedClients.generate(document, directory.resolve("client"), "upsun");
        GeneratedClients.assertCompiles(GeneratedClients.javaSources(sources), directory.resolve("classes"));
        var tenant = newTenant();
        var organizationId = tenant.organizationId();
        var adminUuid = uuid(tenant.adminId());

        try (var loader = GeneratedClients.load(directory.resolve("classes"))) {
            var client = new Client(loader, url(""), tenant.adminKey());

            assertThat(client.read("UsersApi", "getCurrentUser")).contains(adminUuid);
            assertThat(client.read("OrganizationsApi", "listOrgs")).contains(organizationId);
            assertThat(client.read("OrganizationsApi", "getOrg", organizationId))
                    .contains(organizationId);
            assertThat(client.read(
                            "OrganizationsApi",
                            "updateOrg",
                            organizationId,
                            client.body("UpdateOrgRequest", "{\"label\": \"Read by a generated client\"}")))
                    .contains("Read by a generated client");
            assertThat(client.read("OrganizationMembersApi", "listOrgMembers", organizationId))
                    .contains(adminUuid);
            assertThat(client.read("OrganizationMembersApi", "getOrgMember", organizationId, adminUuid))
                    .contains(adminUuid);
            assertThat(client.read("ProfilesApi", "getOrgAddress", organizationId))
                    .contains("\"postal_code\"");
            assertThat(client.read(
                            "ProfilesApi",
                            "updateOrgAddress",
                            organizationId,
                            client.body("Address", "{\"country\": \"PT\", \"locality\": \"Lisboa\"}")))
                    .contains("Lisboa");
            assertThat(client.read("ProfilesApi", "getOrgProfile", organizationId))
                    .as("customer_type unset: null, which the client leaves out when it writes the profile back")
                    .contains("\"currency\"")
                    .doesNotContain("customer_type");
            assertThat(client.read(
                            "ProfilesApi",
                            "updateOrgProfile",
                            organizationId,
                            client.body("UpdateOrgProfileRequest", "{\"customer_type\": \"government\"}")))
                    .contains("\"customer_type\":\"government\"");

            var created = client.read(
                    "OrganizationsApi",
                    "createOrg",
                    client.body("CreateOrgRequest", "{\"label\": \"Made by a generated client\"}"));
            assertThat(created).contains("Made by a generated client");
            var newOrganization = json(created).get("id").asString();
            var person = uuid(newTenant().memberId());
            assertThat(client.read(
                            "OrganizationMembersApi",
                            "createOrgMember",
                            newOrganization,
                            client.body("CreateOrgMemberRequest", "{\"user_id\": \"" + person + "\"}")))
                    .contains(person);
            assertThat(client.read(
                            "OrganizationMembersApi",
                            "updateOrgMember",
                            newOrganization,
                            person,
                            client.body("UpdateOrgMemberRequest", "{\"permissions\": [\"billing\"]}")))
                    .contains("\"permissions\":[\"billing\"]");
            client.read("OrganizationMembersApi", "deleteOrgMember", newOrganization, person);
            client.read("OrganizationsApi", "deleteOrg", newOrganization);
            assertThat(get("/organizations/" + newOrganization, bearer(tenant.adminKey()))
                            .status())
                    .isEqualTo(404);
        }
    }

    /** The generated client, driven as its user would, through reflection since it is compiled at test time. */
    private static final class Client {

        private final ClassLoader loader;
        private final Object apiClient;

        Client(ClassLoader loader, String baseUri, String key) throws ReflectiveOperationException {
            this.loader = loader;
            var type = loader.loadClass("com.example.upsun.ApiClient");
            apiClient = type.getConstructor().newInstance();
            type.getMethod("updateBaseUri", String.class).invoke(apiClient, baseUri);
            Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + key);
            type.getMethod("setRequestInterceptor", Consumer.class).invoke(apiClient, bearer);
        }

        /** A request body, read by the client's own mapper into the document's model class. */
        Object body(String model, String json) throws ReflectiveOperationException {
            var type = loader.loadClass("com.example.upsun.model." + model);
            var mapper = apiClient.getClass().getMethod("getObjectMapper").invoke(apiClient);
            return mapper.getClass()
                    .getMethod("readValue", String.class, Class.class)
                    .invoke(mapper, json, type);
        }

        /**
         * Calls the operation (optional parameters left out) and answers what the client read, written back as JSON;
         * the client throws if it cannot read the answer.
         */
        String read(String api, String operation, Object... arguments) throws ReflectiveOperationException {
            var type = loader.loadClass("com.example.upsun.api." + api);
            var instance = type.getConstructor(apiClient.getClass()).newInstance(apiClient);
            var method = Arrays.stream(type.getMethods())
                    .filter(candidate -> candidate.getName().equals(operation))
                    .max(Comparator.comparingInt(Method::getParameterCount))
                    .orElseThrow(() -> new AssertionError(api + " has no " + operation));
            var parameters = method.getParameterTypes();
            var values = new Object[parameters.length];
            for (int i = 0; i < arguments.length; i++) {
                values[i] = parameters[i] == UUID.class ? UUID.fromString((String) arguments[i]) : arguments[i];
            }
            var answer = method.invoke(instance, values);
            var mapper = apiClient.getClass().getMethod("getObjectMapper").invoke(apiClient);
            return (String) mapper.getClass()
                    .getMethod("writeValueAsString", Object.class)
                    .invoke(mapper, answer);
        }
    }
}
