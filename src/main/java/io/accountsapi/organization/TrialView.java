package io.accountsapi.organization;

import java.math.BigDecimal;
import java.time.Instant;

/** An organization's trial as the domain answers it, read-only: what it stores; its state at an instant is the reader's to derive. */
public interface TrialView {

    boolean isActive();

    String getDescription();

    String getModel();

    Instant getCreated();

    Instant getExpiration();

    BigDecimal getCurrentSpend();

    BigDecimal getSpendLimit();

    boolean isUnlimited();

    String getPendingVerification();

    String getProjectId();

    String getProjectName();

    long getProjectTotalMinor();
}
