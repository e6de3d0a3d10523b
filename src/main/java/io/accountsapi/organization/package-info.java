/**
 * Organizations, in no dialect: an organization with its billing profile, address and trial (entities and
 * repositories), its members as the organization shows them, and the services that take plain commands ({@code
 * Write}s of {@code ...Changes}) and answer records ({@code ...Details}) or refusals. It reads people and memberships
 * only through {@code user}'s public services.
 */
@ApplicationModule(allowedDependencies = {"auth", "user", "usecase", "datasource"})
package io.accountsapi.organization;

import org.springframework.modulith.ApplicationModule;
