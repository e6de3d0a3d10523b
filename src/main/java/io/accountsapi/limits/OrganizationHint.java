package io.accountsapi.limits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which organization a request acts for, as far as can be told before its key is checked: whom it queues with for a
 * request slot. A hint, not an authorization: a wrong one costs fairness for one request, never access.
 */
public interface OrganizationHint {

    /** The organization of the request's key, when an earlier lookup found it; null when unknown. */
    String organizationOf(HttpServletRequest request);
}
