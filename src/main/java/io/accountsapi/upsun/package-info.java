/**
 * Upsun's dialect, an edge over the domain: the controllers of organizations, their profile, address and members,
 * users by UUID and the current user; the OpenAPI group that documents them; and the one place that words Upsun's
 * errors. Controllers bind a body ({@code request}) or a list's query ({@code list}), call one domain service method
 * and map its answer ({@code response}).
 */
@ApplicationModule(allowedDependencies = {"organization", "user", "usecase", "auth", "web"})
package io.accountsapi.upsun;

import org.springframework.modulith.ApplicationModule;
