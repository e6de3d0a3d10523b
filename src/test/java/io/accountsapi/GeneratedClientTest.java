package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a client developer does with each of this server's API documents: generate a Java client and compile it. The
 * vendors' operation ids become its method names.
 */
class GeneratedClientTest extends ApiTestSupport {

    @ParameterizedTest
    @CsvSource({
        "organizations, OrganizationsApi, updateOrgProfile",
        "organizations, OrganizationMembersApi, listOrgMembers",
        "users, UsersApi, usersPartialUpdate",
        "users, UserLabelsApi, labelsUsersList"
    })
    void aClientGeneratedFromTheDocumentCompiles(String group, String api, String method, @TempDir Path directory)
            throws IOException {
        var document = directory.resolve(group + ".json");
        Files.writeString(document, get("/v3/api-docs/" + group, null).raw().body());

        var sources = GeneratedClients.generate(document, directory.resolve("client"), group);

        var apiSource = sources.resolve("com/example/" + group + "/api/" + api + ".java");
        assertThat(apiSource).exists();
        assertThat(Files.readString(apiSource)).contains(" " + method + "(");
        GeneratedClients.assertCompiles(GeneratedClients.javaSources(sources), directory.resolve("classes"));
    }
}
