package io.accountsapi.user.keys;

import io.accountsapi.auth.ApiKeyStore;
import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.drf.DrfValidator;
import io.accountsapi.refusal.Refusal;
import io.accountsapi.refusal.Refused;
import io.accountsapi.user.UserDirectory;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's API keys: an Admin manages anyone's in the organization, every user their own. */
@Service
class ApiKeyService {

    private final ApiKeyStore keys;
    private final UserDirectory users;
    private final DrfValidator validator;

    ApiKeyService(ApiKeyStore keys, UserDirectory users, DrfValidator validator) {
        this.keys = keys;
        this.users = users;
        this.validator = validator;
    }

    @Transactional
    public ApiKeyResponse create(Caller caller, String userId, ApiKeyRequest body) {
        requireAccess(caller, userId);
        validator.validate(body);
        var issued = keys.issue(userId, body.name().get());
        return new ApiKeyResponse(issued.id(), issued.name(), issued.key(), issued.created());
    }

    @ReadOnly
    public List<ApiKeyResponse> list(Caller caller, String userId) {
        requireAccess(caller, userId);
        return keys.keysOf(userId).stream()
                .map(key -> new ApiKeyResponse(key.id(), key.name(), null, key.created()))
                .toList();
    }

    @Transactional
    public void revoke(Caller caller, String userId, String keyId) {
        requireAccess(caller, userId);
        if (!keys.revoke(userId, keyId)) {
            throw Refused.notFound("key");
        }
    }

    /** The user must be in the caller's organization (else 404) and be the caller, unless the caller is an Admin. */
    private void requireAccess(Caller caller, String userId) {
        if (!users.isInOrganization(userId, caller.organizationId())) {
            throw Refused.notFound("user");
        }
        if (!caller.admin() && !caller.userId().equals(userId)) {
            throw Refused.notAllowed(Refusal.Right.SELF_OR_ADMIN);
        }
    }
}
