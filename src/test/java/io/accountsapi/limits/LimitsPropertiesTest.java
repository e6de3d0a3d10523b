package io.accountsapi.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The settings as operations.md gives them: their defaults, and a value out of range stopping the start. */
class LimitsPropertiesTest {

    @EnableConfigurationProperties(LimitsProperties.class)
    static class Settings {}

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void byDefaultAnOrganizationMayHoldEverySlotWaitsAShortWhileAndHasNoRate() {
        context.run(started -> assertThat(started.getBean(LimitsProperties.class))
                .isEqualTo(new LimitsProperties(1.0, Duration.ofMillis(100), null, null)));
    }

    @Test
    void aRateIsPerSecondUnlessItSaysOtherwise() {
        context.withPropertyValues(
                        "accounts.limits.per-key.requests=50",
                        "accounts.limits.per-organization.requests=600",
                        "accounts.limits.per-organization.per=1m")
                .run(started -> {
                    var limits = started.getBean(LimitsProperties.class);
                    assertThat(limits.perKey()).isEqualTo(new LimitsProperties.Rate(50, Duration.ofSeconds(1)));
                    assertThat(limits.perOrganization())
                            .isEqualTo(new LimitsProperties.Rate(600, Duration.ofMinutes(1)));
                });
    }

    @Test
    void aShareOfNoneOrOfMoreThanEverySlotOrNoWaitOrAnEmptyPeriodStopsTheStart() {
        var fields = Map.of(
                "share=0", "share",
                "share=1.5", "share",
                "throttle-after=0ms", "throttleAfter",
                "per-key.requests=0", "perKey.requests",
                "per-organization.per=0s", "perOrganization.per");
        fields.forEach((setting, field) -> {
            context.withPropertyValues("accounts.limits.per-organization.requests=1", "accounts.limits." + setting)
                    .run(started -> assertThat(started.getStartupFailure())
                            .as(setting)
                            .rootCause()
                            .hasMessageContaining("on field '" + field + "'"));
        });
    }
}
