package io.accountsapi.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code accounts.limits}: the most of the request slots one organization may hold ({@code share}, a part of them),
 * how long a request of an organization holding its part may wait for a slot before 429 ({@code throttleAfter}), and
 * the optional rates per organization and per key (none when not set; {@code per} is a second unless given).
 */
@Validated
@ConfigurationProperties("accounts.limits")
public record LimitsProperties(
        @DefaultValue("1.0") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0")
        double share,

        @DefaultValue("100ms") @NotNull @DurationMin(millis = 1)
        Duration throttleAfter,

        @Valid Rate perOrganization,
        @Valid Rate perKey) {

    /** At most {@code requests} in any {@code per}, refilled evenly (a token bucket of that capacity). */
    public record Rate(
            @Positive long requests,

            @DefaultValue("1s") @NotNull @DurationMin(millis = 1)
            Duration per) {}
}
