package io.accountsapi.organization;

import java.time.Instant;
import java.util.UUID;

/** A billing profile as the domain answers it, read-only. */
public interface ProfileView {

    UUID getId();

    String getCompanyName();

    String getVatNumber();

    String getBillingContact();

    String getDefaultCatalog();

    String getProjectOptionsUrl();

    String getPicture();

    String getCompanyType();

    String getCompanyRole();

    String getWebsiteUrl();

    String getUiColorscheme();

    boolean isNewUi();

    boolean isMarketing();

    boolean isInvoiced();

    String getCustomerType();

    String getLegalEntityName();

    Instant getCreatedAt();

    Instant getUpdatedAt();
}
