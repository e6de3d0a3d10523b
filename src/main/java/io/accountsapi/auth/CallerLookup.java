package io.accountsapi.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.accountsapi.limits.OrganizationHint;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the active user behind a key; run on every authenticated request. It remembers the organization of each key
 * it found (a bounded number, by hash), and forgets a key it no longer finds: the hint a request queues with for its
 * slot, before its key is checked.
 */
@Component
class CallerLookup implements OrganizationHint {

    private final ApiKeyRepository keys;
    private final Cache<ByteBuffer, String> organizationOfKey =
            Caffeine.newBuilder().maximumSize(100_000).build();

    CallerLookup(ApiKeyRepository keys) {
        this.keys = keys;
    }

    /** The active user behind the key of that SHA-256. */
    Optional<KeyOwner> findActive(byte[] hash) {
        var owner = keys.findActiveCaller(hash);
        owner.ifPresentOrElse(
                found -> organizationOfKey.put(ByteBuffer.wrap(hash), found.organizationId()),
                () -> organizationOfKey.invalidate(ByteBuffer.wrap(hash)));
        return owner;
    }

    @Override
    public String organizationOf(HttpServletRequest request) {
        var hash = ApiKeyAuthenticationFilter.sentKeyHash(request);
        return hash == null ? null : organizationOfKey.getIfPresent(ByteBuffer.wrap(hash));
    }
}
