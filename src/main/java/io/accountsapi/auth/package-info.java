/**
 * Who is calling: the API key filter, the key lookup on every request, where keys are kept (as hashes) and the
 * security chain. It uses {@code web} and knows no feature; features see the caller as a
 * {@link io.accountsapi.auth.Caller}.
 */
package io.accountsapi.auth;
