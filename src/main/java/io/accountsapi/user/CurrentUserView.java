package io.accountsapi.user;

import java.time.Instant;

/** What Upsun's current user shows: the user, and the organization's label and country. */
public record CurrentUserView(
        String id,
        boolean active,
        String email,
        String name,
        Instant createdAt,
        Instant updatedAt,
        String organizationLabel,
        String country) {}
