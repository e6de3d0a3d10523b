/**
 * Upsun's request bodies: PATCH records of {@code JsonNullable} fields whose constraints carry Upsun's messages and
 * document the bodies in Swagger UI, each turning into the domain's changes.
 */
package io.accountsapi.upsun.request;
