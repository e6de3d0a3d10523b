/**
 * Who is calling: the API key filter, the key lookup on every request (whose answers also tell {@code limits} whom a
 * request queues with), where keys are kept (as hashes) and the security chain. It uses {@code web} and {@code limits}
 * (the rates a caller is held to) and knows no feature; features see the caller as a
 * {@link io.accountsapi.auth.Caller}.
 */
@ApplicationModule(allowedDependencies = {"web", "limits", "datasource", "usecase"})
package io.accountsapi.auth;

import org.springframework.modulith.ApplicationModule;
