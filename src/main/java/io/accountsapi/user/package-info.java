/**
 * Probely's users and what they carry: users, user labels and the roles they are granted, as entities behind Spring
 * Data repositories mapped to response records in Java; Probely's bodies are read and checked by {@code drf}. Other
 * features read and create users only through {@link io.accountsapi.user.UserService} and
 * {@link io.accountsapi.user.UserDirectory}. It uses {@code web}, {@code auth}, {@code drf} and {@code user.roles}.
 */
package io.accountsapi.user;
