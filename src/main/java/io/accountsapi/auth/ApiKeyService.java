package io.accountsapi.auth;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.PythonTypes;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** A user's API keys: an Admin manages anyone's in the organization, every user their own. */
@Service
public class ApiKeyService {

    private static final int MAX_NAME = 255;

    private final ApiKeyRepository keys;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, JdbcClient jdbc, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ApiKeyResponse create(Caller caller, String userId, JsonNode body) {
        requireAccess(caller, userId);
        var name = name(body);
        var key = ApiKeys.generate();
        var saved = keys.save(new ApiKey(userId, name, key, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new ApiKeyResponse(saved.id(), name, key, saved.created());
    }

    @Transactional(readOnly = true)
    public List<ApiKeyResponse> list(Caller caller, String userId) {
        requireAccess(caller, userId);
        return keys.findByUserIdOrderByCreated(userId).stream()
                .map(key -> new ApiKeyResponse(key.id(), key.name(), null, key.created())).toList();
    }

    @Transactional
    public void revoke(Caller caller, String userId, String keyId) {
        requireAccess(caller, userId);
        if (keys.deleteByIdAndUserId(keyId, userId) == 0) {
            throw ApiException.notFound("key");
        }
    }

    /** The user must be in the caller's organization (else 404) and be the caller, unless the caller is an Admin. */
    private void requireAccess(Caller caller, String userId) {
        var inOrganization = jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE id = :id AND organization_id = :organization)")
                .param("id", userId).param("organization", caller.organizationId()).query(Boolean.class).single();
        if (!inOrganization) {
            throw ApiException.notFound("user");
        }
        if (!caller.admin() && !caller.userId().equals(userId)) {
            throw ApiException.forbidden("");
        }
    }

    private static String name(JsonNode body) {
        String error;
        if (body == null || !body.isObject()) {
            throw new ApiException(new ApiProblem.NotAnObject(PythonTypes.nameOf(body)));
        }
        var node = body.get("name");
        if (node == null) {
            error = "This field is required.";
        } else if (node.isNull()) {
            error = "This field may not be null.";
        } else if (!node.isString()) {
            error = "Not a valid string.";
        } else if (node.stringValue().isBlank()) {
            error = "This field may not be blank.";
        } else if (node.stringValue().strip().length() > MAX_NAME) {
            error = "Ensure this field has no more than " + MAX_NAME + " characters.";
        } else {
            return node.stringValue().strip();
        }
        throw new ApiException(new ApiProblem.Invalid(Map.of("name", List.of(error))));
    }
}
