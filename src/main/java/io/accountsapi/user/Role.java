package io.accountsapi.user;

/** The built-in account roles, created by the first migration. */
public final class Role {

    /** Manages users, keys and billing. */
    public static final String ADMIN_ID = "AdminRoLe111";
    public static final String MEMBER_ID = "MemberRoLe11";

    private Role() {
    }
}
