/**
 * Probely's dialect, an edge over the domain: the controllers of users ({@code /users/}, {@code /profile/}), user
 * labels ({@code /labels/users/}) and API keys ({@code /users/{id}/keys/}); their request records, whose constraints
 * carry DRF's messages and document the bodies; their response records; and how a list's query string is read. Each
 * controller binds a body ({@link io.accountsapi.probely.drf}), calls one domain service method and maps its answer.
 */
@ApplicationModule(allowedDependencies = {"user", "usecase", "auth", "web"})
package io.accountsapi.probely;

import org.springframework.modulith.ApplicationModule;
