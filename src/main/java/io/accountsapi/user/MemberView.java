package io.accountsapi.user;

import java.time.Instant;

/** What Upsun's organization member shows of a user: who, with which rights, since when. */
public record MemberView(
        String userId, boolean admin, boolean billingAdmin, boolean owner, Instant createdAt, Instant updatedAt) {}
