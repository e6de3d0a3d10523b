package io.accountsapi.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** An organization's trial. Amounts are in the billing currency, which the address country decides. */
@Entity
@Table(name = "trials")
class Trial implements TrialView {

    static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

    @Id
    private String organizationId;

    private boolean active;
    private String description;
    private String model;
    private Instant created;
    private Instant expiration;
    private BigDecimal currentSpend = BigDecimal.ZERO;
    private BigDecimal spendLimit = BigDecimal.ZERO;
    private boolean unlimited;
    private String pendingVerification;
    private String projectId = "";
    private String projectName = "";
    private long projectTotalMinor;

    protected Trial() {}

    /** The trial every new organization starts with: limited by resources, not by spend. */
    Trial(String organizationId, Instant now) {
        this.organizationId = organizationId;
        this.active = true;
        this.description = "Free trial";
        this.model = "resources";
        this.created = now;
        this.expiration = now.plus(DEFAULT_LENGTH);
        this.unlimited = true;
    }

    public boolean isActive() {
        return active;
    }

    public String getDescription() {
        return description;
    }

    public String getModel() {
        return model;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getExpiration() {
        return expiration;
    }

    public BigDecimal getCurrentSpend() {
        return currentSpend;
    }

    public BigDecimal getSpendLimit() {
        return spendLimit;
    }

    public boolean isUnlimited() {
        return unlimited;
    }

    public String getPendingVerification() {
        return pendingVerification;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectName() {
        return projectName;
    }

    public long getProjectTotalMinor() {
        return projectTotalMinor;
    }
}
