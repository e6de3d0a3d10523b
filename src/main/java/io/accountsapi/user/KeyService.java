package io.accountsapi.user;

import io.accountsapi.auth.ApiKeyStore;
import io.accountsapi.auth.ApiKeyStore.StoredKey;
import io.accountsapi.auth.Caller;
import io.accountsapi.auth.CallerMemberships;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A membership's API keys, each acting as that membership: an Admin manages anyone's in the organization, every user
 * their own.
 */
@Service
public class KeyService {

    private final ApiKeyStore keys;
    private final UserDirectory users;
    private final CallerMemberships callers;

    KeyService(ApiKeyStore keys, UserDirectory users, CallerMemberships callers) {
        this.keys = keys;
        this.users = users;
        this.callers = callers;
    }

    /**
     * Issues a key of that name once {@code check} passes; the answer holds its only copy. A key of the caller's own may
     * act in another organization of theirs ({@code organizationRef}, by id or name; naming the caller's own changes
     * nothing): their membership there, which is how a person reaches each of their organizations through a dialect
     * whose paths name none.
     */
    @Transactional
    public StoredKey create(
            Caller caller, String userId, String name, Optional<String> organizationRef, Runnable check) {
        requireAccess(caller, userId);
        check.run();
        var elsewhere = organizationRef.filter(ref -> !caller.belongsTo(ref));
        if (elsewhere.isPresent() && !caller.userId().equals(userId)) {
            throw Refused.notAllowed(Refusal.Right.SELF);
        }
        return keys.issue(elsewhere.map(ref -> callers.in(caller, ref).userId()).orElse(userId), name);
    }

    @ReadOnly
    public List<StoredKey> list(Caller caller, String userId) {
        requireAccess(caller, userId);
        return keys.keysOf(userId);
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
