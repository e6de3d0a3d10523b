/**
 * What a user's roles point at: the roles users can hold, the organization's teams and targets a role can be scoped
 * to. Read-only here (the built-in roles come from the first migration); {@code user}
 * grants them, at a {@link io.accountsapi.user.Tier}. It knows no other package of this server.
 */
package io.accountsapi.user.roles;
