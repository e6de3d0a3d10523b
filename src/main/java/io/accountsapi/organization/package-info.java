/**
 * Upsun's dialect: organizations, their billing profile, address and trial, with their entities, repositories,
 * request and response records, and the one place that words Upsun's errors. It uses {@code web} and {@code auth}.
 */
package io.accountsapi.organization;
