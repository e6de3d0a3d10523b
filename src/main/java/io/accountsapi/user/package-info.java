/**
 * Users and what they carry: Probely's users, user labels, roles and API key endpoints, and Upsun's current user and
 * organization members. Entities behind Spring Data repositories, mapped to response records in Java; Probely's
 * bodies are read and checked by {@code drf}. It uses {@code web}, {@code auth} and {@code drf}.
 */
package io.accountsapi.user;
