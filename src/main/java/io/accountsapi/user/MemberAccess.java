package io.accountsapi.user;

/**
 * What a member may do in its organization: an Admin (the Admin role account-wide), a billing admin that is not an
 * Admin, or neither.
 */
public enum MemberAccess {
    ADMIN,
    BILLING_ADMIN,
    MEMBER
}
