package io.accountsapi.organization;

import java.time.Instant;

/** An organization as the domain answers it, read-only. */
public interface OrganizationView {

    /** What a machine name may be (the migration's CHECK constraint repeats both as the database's own guard). */
    String NAME_PATTERN = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

    int MAX_NAME = 64;

    String getId();

    String getName();

    String getLabel();

    String getType();

    String getStatus();

    String getSecurityContact();

    Instant getCreatedAt();

    Instant getUpdatedAt();
}
