/**
 * How much of the server each organization gets: the request slots, shared fairly among the organizations that want
 * them ({@link io.accountsapi.limits.InFlightLimitFilter}), and the optional rates per organization and per key
 * ({@link io.accountsapi.limits.RateLimits}); what goes beyond them is refused with 429 in the dialect's shape. Whose
 * a request is, before its key is checked, is told by an {@link io.accountsapi.limits.OrganizationHint} that
 * authentication provides. It uses {@code web} and knows no feature.
 */
@ApplicationModule(allowedDependencies = {"web"})
package io.accountsapi.limits;

import org.springframework.modulith.ApplicationModule;
