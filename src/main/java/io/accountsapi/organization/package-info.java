/**
 * Upsun's dialect, whole: organizations, their billing profile, address and trial, the organization's members and the
 * current user, with their entities, repositories, request and response records, and the one place that words Upsun's
 * errors. It uses {@code web} and {@code auth}, and reads users only through {@code user}'s public services.
 */
package io.accountsapi.organization;
