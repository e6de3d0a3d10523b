package io.accountsapi.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each refusal is counted by outcome; a burst of one organization's refusals of a kind is logged once, naming it. */
@ExtendWith(OutputCaptureExtension.class)
class AdmissionsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Admissions admissions = new Admissions(registry);

    @Test
    void aBurstOfRefusalsIsOneLogLinePerOrganizationAndEveryRefusalIsCounted(CapturedOutput output) {
        for (int n = 0; n < 5; n++) {
            admissions.refused(Admission.THROTTLED, "01FLOOD", "it holds its part");
        }
        admissions.refused(Admission.RATE_LIMITED, "01FLOOD", "over the organization's rate");
        admissions.refused(Admission.RATE_LIMITED, "01OTHER", "over the organization's rate");
        admissions.refused(Admission.THROTTLED, null, "it holds its part");

        assertThat(output.getOut().lines().filter(line -> line.contains("Refusing")))
                .hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("organization 01FLOOD (throttled): it holds its part"))
                .anySatisfy(line -> assertThat(line).contains("organization 01FLOOD (rate_limited)"))
                .anySatisfy(line -> assertThat(line).contains("organization 01OTHER (rate_limited)"))
                .anySatisfy(line -> assertThat(line).contains("requests of no known key (throttled)"));
        assertThat(count("throttled")).isEqualTo(6);
        assertThat(count("rate_limited")).isEqualTo(2);
        assertThat(count("admitted")).isZero();
    }

    private double count(String outcome) {
        return registry.get("accounts.requests.admissions")
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
