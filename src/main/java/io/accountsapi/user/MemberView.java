package io.accountsapi.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An active user as a member of its organization: who (its id, and its UUID for Upsun's dialect), with which
 * permissions, since when.
 */
public record MemberView(String userId, UUID uuid, Set<Permission> permissions, Instant createdAt, Instant updatedAt) {}
