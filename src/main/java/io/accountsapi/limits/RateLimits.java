package io.accountsapi.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The optional rates ({@code accounts.limits.per-organization}, {@code per-key}), each a token bucket per
 * organization or key, kept by this instance alone. A bucket unused for a whole period is full again, so it is
 * forgotten then.
 */
@Component
public class RateLimits {

    private final Optional<Buckets> perOrganization;
    private final Optional<Buckets> perKey;
    private final Admissions admissions;

    RateLimits(LimitsProperties limits, Admissions admissions) {
        this.perOrganization = Optional.ofNullable(limits.perOrganization()).map(Buckets::new);
        this.perKey = Optional.ofNullable(limits.perKey()).map(Buckets::new);
        this.admissions = admissions;
    }

    /**
     * Takes one request from the key's rate, then from its organization's: empty when both had room, else how long
     * until the one that had none has. A key over its own rate takes nothing from its organization's, so that the
     * other keys of the organization keep theirs.
     */
    public Optional<Duration> take(String organizationId, String keyId) {
        var keyWait = perKey.flatMap(buckets -> buckets.take(keyId));
        if (keyWait.isPresent()) {
            admissions.refused(Admission.RATE_LIMITED, organizationId, "over the rate of its key " + keyId);
            return keyWait;
        }
        var organizationWait = perOrganization.flatMap(buckets -> buckets.take(organizationId));
        organizationWait.ifPresent(
                wait -> admissions.refused(Admission.RATE_LIMITED, organizationId, "over the organization's rate"));
        return organizationWait;
    }

    private static final class Buckets {
        private final LimitsProperties.Rate rate;
        private final Cache<String, Bucket> byId;

        Buckets(LimitsProperties.Rate rate) {
            this.rate = rate;
            this.byId = Caffeine.newBuilder()
                    .expireAfterAccess(rate.per())
                    .maximumSize(100_000)
                    .build();
        }

        Optional<Duration> take(String id) {
            var probe = byId.get(
                            id,
                            ignored -> Bucket.builder()
                                    .addLimit(limit ->
                                            limit.capacity(rate.requests()).refillGreedy(rate.requests(), rate.per()))
                                    .build())
                    .tryConsumeAndReturnRemaining(1);
            return probe.isConsumed()
                    ? Optional.empty()
                    : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
