package io.accountsapi.user;

import io.accountsapi.auth.ApiKeyStore;
import io.accountsapi.auth.Caller;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** A user's API keys: an Admin manages anyone's in the organization, every user their own. */
@Service
class ApiKeyService {

    private static final int MAX_NAME = 255;

    private final ApiKeyStore keys;
    private final UserRepository users;

    ApiKeyService(ApiKeyStore keys, UserRepository users) {
        this.keys = keys;
        this.users = users;
    }

    @Transactional
    public ApiKeyResponse create(Caller caller, String userId, JsonNode body) {
        requireAccess(caller, userId);
        var issued = keys.issue(userId, name(body));
        return new ApiKeyResponse(issued.id(), issued.name(), issued.key(), issued.created());
    }

    @Transactional(readOnly = true)
    public List<ApiKeyResponse> list(Caller caller, String userId) {
        requireAccess(caller, userId);
        return keys.keysOf(userId).stream()
                .map(key -> new ApiKeyResponse(key.id(), key.name(), null, key.created())).toList();
    }

    @Transactional
    public void revoke(Caller caller, String userId, String keyId) {
        requireAccess(caller, userId);
        if (!keys.revoke(userId, keyId)) {
            throw ApiException.notFound("key");
        }
    }

    /** The user must be in the caller's organization (else 404) and be the caller, unless the caller is an Admin. */
    private void requireAccess(Caller caller, String userId) {
        if (!users.existsByIdAndOrganizationId(userId, caller.organizationId())) {
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
