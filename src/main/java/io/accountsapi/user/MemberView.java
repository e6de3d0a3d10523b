package io.accountsapi.user;

import java.time.Instant;

/** An active user as a member of its organization: who, with which rights, since when. */
public record MemberView(String userId, boolean admin, boolean billingAdmin, Instant createdAt, Instant updatedAt) {}
