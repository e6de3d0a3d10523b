/**
 * Probely's users and what they carry: users, user labels, roles and API key endpoints, as entities behind Spring
 * Data repositories mapped to response records in Java; Probely's bodies are read and checked by {@code drf}. Other
 * features read users only through {@link io.accountsapi.user.UserService} and {@link io.accountsapi.user.UserDirectory}.
 * It uses {@code web}, {@code auth} and {@code drf}.
 */
package io.accountsapi.user;
