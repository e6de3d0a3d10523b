/**
 * Probely's API key endpoints, {@code /users/{id}/keys/}: issue, list and revoke a user's keys. The keys themselves,
 * and how a request is authenticated by one, are {@code auth}'s; the user is checked through {@code user}'s
 * {@link io.accountsapi.user.UserDirectory}. It uses {@code web}, {@code auth}, {@code drf} and {@code user}.
 */
package io.accountsapi.user.keys;
