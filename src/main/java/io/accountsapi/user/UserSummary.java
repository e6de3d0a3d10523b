package io.accountsapi.user;

import java.time.Instant;
import java.util.UUID;

/**
 * A user as other features show it: who (its id, and its UUID for Upsun's dialect), whether active, whether it signs in
 * with a second factor, since when.
 */
public record UserSummary(
        String id,
        UUID uuid,
        boolean active,
        String email,
        String name,
        boolean mfaEnabled,
        Instant createdAt,
        Instant updatedAt) {}
