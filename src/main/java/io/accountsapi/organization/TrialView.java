package io.accountsapi.organization;

import java.math.BigDecimal;
import java.time.Instant;

/** An organization's trial as the domain answers it, read-only: what it stores; its state at an instant is the reader's to derive. */
public interface TrialView {

    boolean active();

    String description();

    String model();

    Instant created();

    Instant expiration();

    BigDecimal currentSpend();

    BigDecimal spendLimit();

    boolean unlimited();

    String pendingVerification();

    String projectId();

    String projectName();

    long projectTotalMinor();
}
