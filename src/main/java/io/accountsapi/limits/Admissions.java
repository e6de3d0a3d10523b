package io.accountsapi.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What became of each request at the limits, counted by outcome ({@code accounts.requests.admissions}; no tag per
 * organization, whose number has no bound: a request admitted to a slot and then over a rate counts once for each),
 * and one log line per burst of an organization's refusals of one kind: a burst ends when none of them has come for
 * {@link #BURST_GAP}.
 */
@Component
class Admissions {

    static final Duration BURST_GAP = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(Admissions.class);

    private final Map<Admission, Counter> counters = new EnumMap<>(Admission.class);
    private final Cache<Burst, Boolean> refusing = Caffeine.newBuilder()
            .expireAfterWrite(BURST_GAP)
            .maximumSize(10_000)
            .build();

    Admissions(MeterRegistry registry) {
        for (var outcome : Admission.values()) {
            counters.put(
                    outcome,
                    Counter.builder("accounts.requests.admissions")
                            .description("Requests by what the limits made of them")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
    }

    void count(Admission outcome) {
        counters.get(outcome).increment();
    }

    /**
     * Counts a refusal, and logs it when it begins a burst of the organization's refusals of that kind (null: of
     * requests of no known key).
     */
    void refused(Admission outcome, String organization, String why) {
        count(outcome);
        if (refusing.asMap().put(new Burst(outcome, organization), Boolean.TRUE) == null) {
            var who = organization == null ? "requests of no known key" : "organization " + organization;
            var kind = outcome.name().toLowerCase(Locale.ROOT);
            log.warn(
                    "Refusing {} ({}): {}; more such refusals are counted (accounts.requests.admissions), and logged "
                            + "again once none came for {} s",
                    who,
                    kind,
                    why,
                    BURST_GAP.toSeconds());
        }
    }

    /** An organization's refusals of one kind (null: of requests of no known key). */
    private record Burst(Admission outcome, String organization) {}
}
