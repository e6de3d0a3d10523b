package io.accountsapi.usecase;

import java.util.List;

/** Why a use case refused; each dialect words it. */
public sealed interface Refusal {

    /** Nothing of that kind ({@code what}: "organization", "user", "label", ...) the caller may see has that id. */
    record NotFound(String what) implements Refusal {}

    /** The caller lacks that right. */
    record NotAllowed(Right needed) implements Refusal {}

    /** The value of {@code what}'s {@code field} (e.g. a user's "email") is another's already. */
    record Taken(String what, String field) implements Refusal {}

    /**
     * A member may not deactivate their own membership: through {@code field} of a change (e.g. "active"), or, when
     * null, by the request as a whole.
     */
    record SelfDeactivation(String field) implements Refusal {}

    /**
     * Role grants that name what does not exist in the organization, one entry for each grant asked for, in their
     * order: the id of a role, team or target that does not exist, or null where it does.
     */
    record UnknownRoleParts(List<Missing> grants) implements Refusal {

        public record Missing(String roleId, String teamId, String targetId) {

            public boolean none() {
                return roleId == null && teamId == null && targetId == null;
            }
        }
    }

    /**
     * {@code field} (e.g. "name") is the person's, shared by every organization they belong to: only the person may
     * change it once they belong to another organization too.
     */
    record SharedWithOtherOrganizations(String field) implements Refusal {}

    /**
     * An organization keeps its owner as an Admin member: the owner may not be removed, nor lose the admin permission
     * through {@code field} of a change (null: by the request as a whole).
     */
    record OwnerKept(String field) implements Refusal {}

    /** An organization's owner is who creates it: {@code field} named someone else. */
    record OwnerIsCreator(String field) implements Refusal {}

    /** The client's expectation of the current state (If-Match) no longer holds: nothing was written. */
    record Stale() implements Refusal {}

    /** The rights a refusal may name. */
    enum Right {
        /** The Admin role, account-wide. */
        ADMIN,
        /** The Admin role, or billing admin rights. */
        BILLING,
        /** Being the member concerned, or an Admin. */
        SELF_OR_ADMIN,
        /** Being the member concerned. */
        SELF,
        /** The Admin role, or the permission to manage members. */
        MEMBERS,
        /** Owning the organization. */
        OWNER
    }
}
