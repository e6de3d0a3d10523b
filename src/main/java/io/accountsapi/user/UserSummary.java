package io.accountsapi.user;

import java.time.Instant;
import java.util.UUID;

/** A user as other features show it: who (its id, and its UUID for Upsun's dialect), whether active, since when. */
public record UserSummary(
        String id, UUID uuid, boolean active, String email, String name, Instant createdAt, Instant updatedAt) {}
