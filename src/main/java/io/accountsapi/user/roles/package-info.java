/**
 * What a user's roles point at: the roles users can hold, the organization's teams and targets a role can be scoped
 * to, and the tier that says which. Read-only here (the built-in roles come from the first migration); {@code user}
 * grants them. It uses {@code drf} for the tier's choices and knows no other package of this server.
 */
package io.accountsapi.user.roles;
