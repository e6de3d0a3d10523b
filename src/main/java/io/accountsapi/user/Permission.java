package io.accountsapi.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member may do in its organization. {@link #ADMIN} is holding the Admin role account-wide, {@link #BILLING}
 * being a billing admin; an Admin also holds {@link #BILLING} and {@link #MEMBERS}. The others are kept with the
 * membership as they are granted.
 */
public enum Permission {
    ADMIN,
    BILLING,
    /** Add, change and remove the organization's members. */
    MEMBERS,
    PLANS,
    PROJECTS_CREATE,
    PROJECTS_LIST;

    /** The permissions a membership keeps as granted: all but those its role grants and billing flag say. */
    static final Set<Permission> KEPT_AS_GRANTED = EnumSet.of(MEMBERS, PLANS, PROJECTS_CREATE, PROJECTS_LIST);
}
