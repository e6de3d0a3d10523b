package io.accountsapi.limits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code accounts.requests}: how many requests are at work at once (the request slots), and how long a request may
 * wait for one before 503 "busy".
 */
@Validated
@ConfigurationProperties("accounts.requests")
public record RequestsProperties(
        @Positive int maxInFlight,
        @NotNull @DurationMin(millis = 1) Duration queueDeadline) {}
