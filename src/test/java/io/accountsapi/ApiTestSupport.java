package io.accountsapi;

import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.provisioning.TenantProvisioning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP tests: the whole server on a random port against the test PostgreSQL, a plain HTTP client, and
 * fixtures that create a fresh organization per test so that tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
public abstract class ApiTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TenantProvisioning provisioning;

    @Autowired
    protected JdbcClient jdbc;

    /** A new organization with an Admin (also billing admin) and a Member without billing rights, each with a key. */
    protected record TestTenant(
            String organizationId,
            String organizationName,
            String adminId,
            String adminEmail,
            String adminKey,
            String memberId,
            String memberKey) {}

    /** The UUID by which Upsun's dialect names the user of that id. */
    protected String uuid(String userId) {
        return jdbc.sql("SELECT person_id::text FROM memberships WHERE id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }

    /** A stored row as it compares with another: an array as its text, since a JDBC array has no equality of its own. */
    protected static Map<String, Object> comparable(Map<String, Object> row) {
        var values = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> values.put(column, value instanceof Array ? value.toString() : value));
        return values;
    }

    protected TestTenant newTenant() {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var adminEmail = "admin-" + unique + "@example.com";
        var tenant = provisioning.createTenant("Test Org " + unique, adminEmail);
        var adminKey = provisioning.issueKey(tenant.adminId(), "test");
        var memberId = provisioning.addUser(
                tenant.organizationId(), "member-" + unique + "@example.com", "Member", BuiltInRoles.MEMBER_ID, false);
        var memberKey = provisioning.issueKey(memberId, "test");
        var name = jdbc.sql("SELECT name FROM organizations WHERE id = :id")
                .param("id", tenant.organizationId())
                .query(String.class)
                .single();
        return new TestTenant(
                tenant.organizationId(), name, tenant.adminId(), adminEmail, adminKey, memberId, memberKey);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected Response get(String path, String authorization) {
        return send("GET", path, authorization, null, Map.of());
    }

    protected Response patch(String path, String authorization, String json) {
        return send("PATCH", path, authorization, json, Map.of("Content-Type", "application/json"));
    }

    protected Response send(
            String method, String path, String authorization, String body, Map<String, String> headers) {
        return exchange(
                method,
                path,
                authorization,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    /** Sends the body with chunked transfer encoding: no Content-Length tells the server its size in advance. */
    protected Response sendChunked(
            String method, String path, String authorization, String body, Map<String, String> headers) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(
                method,
                path,
                authorization,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
                headers);
    }

    private Response exchange(
            String method,
            String path,
            String authorization,
            HttpRequest.BodyPublisher body,
            Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(url(path))).method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body in one of the three encodings the users dialect accepts, built from the same fields. */
    protected enum Encoding {
        JSON,
        FORM,
        MULTIPART;

        /** Form encodings take flat fields; nested ones are keyed as {@code labels[0]name}. */
        public boolean isForm() {
            return this != JSON;
        }
    }

    /**
     * Sends {@code fields} in the given encoding: as a JSON object (values as JSON text, e.g. {@code "\"x\""}), or
     * as form fields (values as plain text).
     */
    protected Response send(
            String method,
            String path,
            String authorization,
            Encoding encoding,
            List<Map.Entry<String, String>> fields) {
        return switch (encoding) {
            case JSON ->
                send(
                        method,
                        path,
                        authorization,
                        fields.stream()
                                .map(field -> "\"" + field.getKey() + "\": " + field.getValue())
                                .collect(Collectors.joining(", ", "{", "}")),
                        Map.of("Content-Type", "application/json"));
            case FORM ->
                send(
                        method,
                        path,
                        authorization,
                        fields.stream()
                                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&")),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));
            case MULTIPART -> {
                var boundary = "----accounts" + UUID.randomUUID();
                var body = new StringBuilder();
                fields.forEach(field -> body.append("--")
                        .append(boundary)
                        .append("\r\n")
                        .append("Content-Disposition: form-data; name=\"")
                        .append(field.getKey())
                        .append("\"\r\n\r\n")
                        .append(field.getValue())
                        .append("\r\n"));
                body.append("--").append(boundary).append("--\r\n");
                yield send(
                        method,
                        path,
                        authorization,
                        body.toString(),
                        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
            }
        };
    }

    protected static String jwt(String key) {
        return "JWT " + key;
    }

    protected static String bearer(String key) {
        return "Bearer " + key;
    }

    protected static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonNode body() {
            return JSON.readTree(raw.body());
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
