package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.auth.BuiltInRoles;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * CONTRACT sections 2 and 3 as data: every endpoint, for every kind of caller, on its own organization's objects
 * and on another's, with the status it must answer. An endpoint without rows fails {@link #everyEndpointHasRows()}.
 */
class AuthorizationMatrixTest extends ApiTestSupport {

    /**
     * method | path | body | caller (admin, billing: a Member with billing rights, member, none) |
     * target (own: the member, a label or the own organization; other: another user of the same organization, its
     * owner; foreign: another organization's) | expected status. A body's {person} is the other organization's owner.
     */
    private static final String MATRIX = """
            GET    | /organizations                              | -                         | admin   | own     | 200
            GET    | /organizations                              | -                         | member  | own     | 200
            GET    | /organizations                              | -                         | none    | own     | 401
            POST   | /organizations                              | {"label": "m"}            | member  | own     | 201
            POST   | /organizations                              | {"label": "m"}            | none    | own     | 401
            GET    | /organizations/{organization_id}            | -                         | member  | own     | 200
            GET    | /organizations/{organization_id}            | -                         | admin   | foreign | 404
            GET    | /organizations/{organization_id}            | -                         | none    | own     | 401
            PATCH  | /organizations/{organization_id}            | {"label": "m"}            | admin   | own     | 200
            PATCH  | /organizations/{organization_id}            | {"label": "m"}            | billing | own     | 403
            PATCH  | /organizations/{organization_id}            | {"label": "m"}            | member  | own     | 403
            PATCH  | /organizations/{organization_id}            | {"label": "m"}            | admin   | foreign | 404
            PATCH  | /organizations/{organization_id}            | {"label": "m"}            | none    | own     | 401
            DELETE | /organizations/{organization_id}            | -                         | member  | own     | 403
            DELETE | /organizations/{organization_id}            | -                         | billing | own     | 403
            DELETE | /organizations/{organization_id}            | -                         | admin   | foreign | 404
            DELETE | /organizations/{organization_id}            | -                         | none    | own     | 401
            DELETE | /organizations/{organization_id}            | -                         | admin   | own     | 204
            GET    | /organizations/{organization_id}/members    | -                         | member  | own     | 200
            GET    | /organizations/{organization_id}/members    | -                         | admin   | foreign | 404
            GET    | /organizations/{organization_id}/members    | -                         | none    | own     | 401
            GET    | /organizations/{organization_id}/members/{user_id} | -                  | member  | own     | 200
            GET    | /organizations/{organization_id}/members/{user_id} | -                  | member  | other   | 200
            GET    | /organizations/{organization_id}/members/{user_id} | -                  | admin   | foreign | 404
            GET    | /organizations/{organization_id}/members/{user_id} | -                  | none    | own     | 401
            POST   | /organizations/{organization_id}/members    | {"user_id": "{person}"}   | admin   | own     | 201
            POST   | /organizations/{organization_id}/members    | {"user_id": "{person}"}   | billing | own     | 403
            POST   | /organizations/{organization_id}/members    | {"user_id": "{person}"}   | member  | own     | 403
            POST   | /organizations/{organization_id}/members    | {"user_id": "{person}"}   | admin   | foreign | 404
            POST   | /organizations/{organization_id}/members    | {"user_id": "{person}"}   | none    | own     | 401
            PATCH  | /organizations/{organization_id}/members/{user_id} | {"permissions": []} | admin   | own     | 200
            PATCH  | /organizations/{organization_id}/members/{user_id} | {"permissions": []} | billing | own     | 403
            PATCH  | /organizations/{organization_id}/members/{user_id} | {"permissions": []} | member  | own     | 403
            PATCH  | /organizations/{organization_id}/members/{user_id} | {"permissions": []} | admin   | foreign | 404
            PATCH  | /organizations/{organization_id}/members/{user_id} | {"permissions": []} | none    | own     | 401
            DELETE | /organizations/{organization_id}/members/{user_id} | -                  | admin   | own     | 204
            DELETE | /organizations/{organization_id}/members/{user_id} | -                  | admin   | other   | 400
            DELETE | /organizations/{organization_id}/members/{user_id} | -                  | billing | own     | 403
            DELETE | /organizations/{organization_id}/members/{user_id} | -                  | member  | own     | 403
            DELETE | /organizations/{organization_id}/members/{user_id} | -                  | admin   | foreign | 404
            DELETE | /organizations/{organization_id}/members/{user_id} | -                  | none    | own     | 401
            GET    | /users/{user_id}                            | -                         | member  | own     | 200
            GET    | /users/{user_id}                            | -                         | member  | other   | 200
            GET    | /users/{user_id}                            | -                         | admin   | foreign | 404
            GET    | /users/{user_id}                            | -                         | none    | own     | 401
            GET    | /users/{user_id}/organizations              | -                         | member  | own     | 200
            GET    | /users/{user_id}/organizations              | -                         | member  | other   | 200
            GET    | /users/{user_id}/organizations              | -                         | admin   | foreign | 404
            GET    | /users/{user_id}/organizations              | -                         | none    | own     | 401
            GET    | /users/me                                   | -                         | member  | own     | 200
            GET    | /ref/users?in={user_id}                     | -                         | member  | own     | 200
            GET    | /ref/users?in={user_id}                     | -                         | member  | other   | 200
            GET    | /ref/users?in={user_id}                     | -                         | admin   | foreign | 200
            GET    | /ref/users?in={user_id}                     | -                         | none    | own     | 401
            GET    | /users/me                                   | -                         | none    | own     | 401
            GET    | /organizations/{organization_id}/profile    | -                         | member  | own     | 200
            GET    | /organizations/{organization_id}/profile    | -                         | admin   | foreign | 404
            GET    | /organizations/{organization_id}/profile    | -                         | none    | own     | 401
            PATCH  | /organizations/{organization_id}/profile    | {"company_name": "m"}     | admin   | own     | 200
            PATCH  | /organizations/{organization_id}/profile    | {"company_name": "m"}     | billing | own     | 200
            PATCH  | /organizations/{organization_id}/profile    | {"company_name": "m"}     | member  | own     | 403
            PATCH  | /organizations/{organization_id}/profile    | {"company_name": "m"}     | admin   | foreign | 404
            PATCH  | /organizations/{organization_id}/profile    | {"company_name": "m"}     | billing | foreign | 404
            PATCH  | /organizations/{organization_id}/profile    | {"company_name": "m"}     | none    | own     | 401
            GET    | /organizations/{organization_id}/address    | -                         | member  | own     | 200
            GET    | /organizations/{organization_id}/address    | -                         | member  | foreign | 404
            GET    | /organizations/{organization_id}/address    | -                         | none    | own     | 401
            PATCH  | /organizations/{organization_id}/address    | {"locality": "m"}         | admin   | own     | 200
            PATCH  | /organizations/{organization_id}/address    | {"locality": "m"}         | billing | own     | 200
            PATCH  | /organizations/{organization_id}/address    | {"locality": "m"}         | member  | own     | 403
            PATCH  | /organizations/{organization_id}/address    | {"locality": "m"}         | admin   | foreign | 404
            PATCH  | /organizations/{organization_id}/address    | {"locality": "m"}         | none    | own     | 401
            GET    | /users/                                     | -                         | member  | own     | 200
            GET    | /users/                                     | -                         | none    | own     | 401
            POST   | /users/                                     | {"email": "{email}"}      | admin   | own     | 201
            POST   | /users/                                     | {"email": "{email}"}      | billing | own     | 403
            POST   | /users/                                     | {"email": "{email}"}      | member  | own     | 403
            POST   | /users/                                     | {"email": "{email}"}      | none    | own     | 401
            GET    | /users/{id}/                                | -                         | member  | own     | 200
            GET    | /users/{id}/                                | -                         | member  | other   | 200
            GET    | /users/{id}/                                | -                         | admin   | foreign | 404
            GET    | /users/{id}/                                | -                         | none    | own     | 401
            PUT    | /users/{id}/                                | {"labels": []}            | admin   | own     | 200
            PUT    | /users/{id}/                                | {"name": "m", "labels": []} | member | own     | 403
            PUT    | /users/{id}/                                | {"labels": []}            | member  | other   | 403
            PUT    | /users/{id}/                                | {"labels": []}            | admin   | foreign | 404
            PUT    | /users/{id}/                                | {"labels": []}            | none    | own     | 401
            PATCH  | /users/{id}/                                | {"name": "m"}             | admin   | own     | 200
            PATCH  | /users/{id}/                                | {"name": "m"}             | member  | own     | 200
            PATCH  | /users/{id}/                                | {"active": false}         | member  | own     | 403
            PATCH  | /users/{id}/                                | {"name": "m"}             | member  | other   | 403
            PATCH  | /users/{id}/                                | {"name": "m"}             | billing | other   | 403
            PATCH  | /users/{id}/                                | {"name": "m"}             | admin   | foreign | 404
            PATCH  | /users/{id}/                                | {"name": "m"}             | none    | own     | 401
            DELETE | /users/{id}/                                | -                         | admin   | own     | 204
            DELETE | /users/{id}/                                | -                         | member  | other   | 403
            DELETE | /users/{id}/                                | -                         | member  | own     | 403
            DELETE | /users/{id}/                                | -                         | admin   | foreign | 404
            DELETE | /users/{id}/                                | -                         | none    | own     | 401
            GET    | /profile/                                   | -                         | member  | own     | 200
            GET    | /profile/                                   | -                         | none    | own     | 401
            POST   | /users/{id}/keys/                           | {"name": "k"}             | admin   | own     | 201
            POST   | /users/{id}/keys/                           | {"name": "k"}             | member  | own     | 201
            POST   | /users/{id}/keys/                           | {"name": "k"}             | member  | other   | 403
            POST   | /users/{id}/keys/                           | {"name": "k"}             | admin   | foreign | 404
            POST   | /users/{id}/keys/                           | {"name": "k"}             | none    | own     | 401
            GET    | /users/{id}/keys/                           | -                         | member  | own     | 200
            GET    | /users/{id}/keys/                           | -                         | member  | other   | 403
            GET    | /users/{id}/keys/                           | -                         | admin   | foreign | 404
            GET    | /users/{id}/keys/                           | -                         | none    | own     | 401
            DELETE | /users/{id}/keys/{keyId}/                   | -                         | admin   | own     | 204
            DELETE | /users/{id}/keys/{keyId}/                   | -                         | member  | own     | 204
            DELETE | /users/{id}/keys/{keyId}/                   | -                         | member  | other   | 403
            DELETE | /users/{id}/keys/{keyId}/                   | -                         | admin   | foreign | 404
            DELETE | /users/{id}/keys/{keyId}/                   | -                         | none    | own     | 401
            GET    | /labels/users/                              | -                         | member  | own     | 200
            GET    | /labels/users/                              | -                         | none    | own     | 401
            POST   | /labels/users/                              | {"name": "{name}"}        | admin   | own     | 201
            POST   | /labels/users/                              | {"name": "{name}"}        | billing | own     | 403
            POST   | /labels/users/                              | {"name": "{name}"}        | member  | own     | 403
            POST   | /labels/users/                              | {"name": "{name}"}        | none    | own     | 401
            GET    | /labels/users/{id}/                         | -                         | member  | own     | 200
            GET    | /labels/users/{id}/                         | -                         | admin   | foreign | 404
            GET    | /labels/users/{id}/                         | -                         | none    | own     | 401
            PUT    | /labels/users/{id}/                         | {"name": "{name}"}        | admin   | own     | 200
            PUT    | /labels/users/{id}/                         | {"name": "{name}"}        | member  | own     | 403
            PUT    | /labels/users/{id}/                         | {"name": "{name}"}        | admin   | foreign | 404
            PUT    | /labels/users/{id}/                         | {"name": "{name}"}        | none    | own     | 401
            PATCH  | /labels/users/{id}/                         | {"color": "#111111"}      | admin   | own     | 200
            PATCH  | /labels/users/{id}/                         | {"color": "#111111"}      | billing | own     | 403
            PATCH  | /labels/users/{id}/                         | {"color": "#111111"}      | member  | own     | 403
            PATCH  | /labels/users/{id}/                         | {"color": "#111111"}      | admin   | foreign | 404
            PATCH  | /labels/users/{id}/                         | {"color": "#111111"}      | none    | own     | 401
            DELETE | /labels/users/{id}/                         | -                         | admin   | own     | 204
            DELETE | /labels/users/{id}/                         | -                         | member  | own     | 403
            DELETE | /labels/users/{id}/                         | -                         | admin   | foreign | 404
            DELETE | /labels/users/{id}/                         | -                         | none    | own     | 401
            """;

    record Row(String method, String path, String body, String caller, String target, int expected) {
        @Override
        public String toString() {
            return method + " " + path + " as " + caller + " on " + target + " -> " + expected;
        }
    }

    static Stream<Row> rows() {
        return MATRIX.lines().filter(line -> !line.isBlank()).map(line -> {
            var cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            return new Row(
                    cells[0],
                    cells[1],
                    cells[2].equals("-") ? null : cells[2],
                    cells[3],
                    cells[4],
                    Integer.parseInt(cells[5]));
        });
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void callerGetsTheExpectedStatus(Row row) {
        var own = newTenant();
        var foreign = newTenant();
        var billing = provisioning.addUser(
                own.organizationId(),
                "billing-" + UUID.randomUUID() + "@example.com",
                "Billing",
                BuiltInRoles.MEMBER_ID,
                true);
        var keys = Map.of(
                "admin",
                own.adminKey(),
                "member",
                own.memberKey(),
                "billing",
                provisioning.issueKey(billing, "matrix"));
        var tenant = row.target().equals("foreign") ? foreign : own;
        var userId = row.target().equals("other") ? own.adminId() : tenant.memberId();
        var keyId = jdbc.sql("SELECT id FROM api_keys WHERE membership_id = :id LIMIT 1")
                .param("id", userId)
                .query(String.class)
                .single();
        var labelId = Ids.shortId();
        jdbc.sql(
                        "INSERT INTO labels (id, organization_id, name, color, changed) VALUES (:id, :org, 'matrix', '', now())")
                .param("id", labelId)
                .param("org", tenant.organizationId())
                .update();
        var path = row.path()
                .replace("{organization_id}", tenant.organizationId())
                .replace("{id}", row.path().startsWith("/labels/") ? labelId : userId)
                .replace("{user_id}", uuid(userId))
                .replace("{keyId}", keyId);
        var body = row.body() == null
                ? null
                : row.body()
                        .replace("{email}", "new-" + UUID.randomUUID() + "@example.com")
                        .replace("{person}", uuid(foreign.adminId()))
                        .replace("{name}", "label-" + UUID.randomUUID());
        var authorization = row.caller().equals("none") ? null : jwt(keys.get(row.caller()));

        var response = send(
                row.method(),
                path,
                authorization,
                body,
                body == null ? Map.of() : Map.of("Content-Type", "application/json"));

        assertThat(response.status()).as(response.toString()).isEqualTo(row.expected());
        if (row.target().equals("foreign")) {
            assertThat(jdbc.sql("SELECT active FROM memberships WHERE id = :id")
                            .param("id", foreign.memberId())
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            assertThat(jdbc.sql(
                                    "SELECT company_name || locality FROM profiles p JOIN addresses a USING (organization_id)"
                                            + " WHERE organization_id = :id")
                            .param("id", foreign.organizationId())
                            .query(String.class)
                            .single())
                    .isEmpty();
            assertThat(jdbc.sql("SELECT name || color FROM labels WHERE id = :id")
                            .param("id", labelId)
                            .query(String.class)
                            .single())
                    .isEqualTo("matrix");
            assertThat(jdbc.sql("SELECT label FROM organizations WHERE id = :id")
                            .param("id", foreign.organizationId())
                            .query(String.class)
                            .single())
                    .startsWith("Test Org ");
        }
    }

    @Test
    void everyEndpointHasRows() {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("io.accountsapi")
                    || handler.getBeanType().getPackageName().endsWith(".web")) {
                return;
            }
            info.getMethodsCondition()
                    .getMethods()
                    .forEach(method -> info.getPatternValues()
                            .forEach(pattern -> endpoints.add(method + " " + withSlash(withoutRegex(pattern)))));
        });
        var covered = rows().map(
                        row -> row.method() + " " + withSlash(row.path().replaceFirst("\\?.*", "")))
                .collect(Collectors.toSet());

        assertThat(endpoints).isNotEmpty();
        assertThat(covered).containsAll(endpoints);
    }

    /** {@code /users/{user_id:[0-9a-f]...}} as the rows write it, {@code /users/{user_id}}. */
    private static String withoutRegex(String pattern) {
        return pattern.replaceAll("\\{(\\w+):.*?}(?=/|$)", "{$1}");
    }

    private static String withSlash(String path) {
        return path.endsWith("/") || path.startsWith("/organizations") ? path : path + "/";
    }
}
