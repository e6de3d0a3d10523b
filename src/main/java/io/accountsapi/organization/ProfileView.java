package io.accountsapi.organization;

import java.time.Instant;
import java.util.UUID;

/** A billing profile as the domain answers it, read-only. */
public interface ProfileView {

    UUID id();

    String companyName();

    String vatNumber();

    String billingContact();

    String defaultCatalog();

    String projectOptionsUrl();

    String picture();

    String companyType();

    String companyRole();

    String websiteUrl();

    String uiColorscheme();

    boolean newUi();

    boolean marketing();

    boolean invoiced();

    String customerType();

    String legalEntityName();

    Instant createdAt();

    Instant updatedAt();
}
