/**
 * Who is calling: the API key filter, the key lookup on every request, where keys are kept (as hashes) and the
 * security chain. It uses {@code web} and knows no feature; features see the caller as a
 * {@link io.accountsapi.auth.Caller}.
 */
@ApplicationModule(allowedDependencies = {"web", "datasource", "usecase"})
package io.accountsapi.auth;

import org.springframework.modulith.ApplicationModule;
