package io.accountsapi.user;

/** The orders a page of members may come in; members of the same time follow the order of their ids. */
public enum MemberOrder {
    ID("id"),
    CREATED_AT("createdAt"),
    UPDATED_AT("changed");

    /** The {@link Membership} attribute it sorts by. */
    public final String attribute;

    MemberOrder(String attribute) {
        this.attribute = attribute;
    }
}
