package io.accountsapi.user;

import java.time.Instant;

/** A user as other features show it: who, whether active, since when. */
public record UserSummary(String id, boolean active, String email, String name, Instant createdAt, Instant updatedAt) {}
