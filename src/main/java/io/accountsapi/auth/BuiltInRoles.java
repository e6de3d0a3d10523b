package io.accountsapi.auth;

/** The built-in account roles, created by the first migration; holding Admin at account tier is what authorization checks. */
public final class BuiltInRoles {

    /** Manages users, keys and billing. */
    public static final String ADMIN_ID = "AdminRoLe111";

    public static final String MEMBER_ID = "MemberRoLe11";

    private BuiltInRoles() {}
}
