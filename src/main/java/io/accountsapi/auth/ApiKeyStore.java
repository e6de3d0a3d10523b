package io.accountsapi.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where API keys are kept: only their SHA-256, never the key itself. Who may manage whose keys is decided by the
 * callers of this store.
 */
@Service
public class ApiKeyStore {

    /** A stored key; {@code key} is the secret, present only in the answer that issued it. */
    public record StoredKey(String id, String name, String key, Instant created) {}

    private final ApiKeyRepository keys;
    private final Clock clock;

    ApiKeyStore(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** Issues a new random key; the returned key is the only copy. */
    @Transactional
    public StoredKey issue(String userId, String name) {
        var key = ApiKeys.generate();
        var saved = register(userId, name, key);
        return new StoredKey(saved.id(), name, key, saved.created());
    }

    /** Registers a key chosen elsewhere (the operator's bootstrap token, a demo key). */
    @Transactional
    public StoredKey register(String userId, String name, String key) {
        var saved = keys.save(new ApiKey(userId, name, key, clock.instant()));
        return new StoredKey(saved.id(), saved.name(), null, saved.created());
    }

    public boolean isRegistered(String key) {
        return keys.existsByKeyHash(ApiKeys.hash(key));
    }

    /** The user's keys, oldest first, without their secrets. */
    public List<StoredKey> keysOf(String userId) {
        return keys.findByMembershipIdOrderByCreated(userId).stream()
                .map(key -> new StoredKey(key.id(), key.name(), null, key.created()))
                .toList();
    }

    /** Whether the user had that key; it answers 401 from the next request on. */
    @Transactional
    public boolean revoke(String userId, String keyId) {
        return keys.deleteByIdAndMembershipId(keyId, userId) > 0;
    }
}
