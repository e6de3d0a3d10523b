/**
 * Organizations and their first Admin made outside any request: the production bootstrap and the demo data. It uses
 * the features only through their public services.
 */
@ApplicationModule(allowedDependencies = {"organization", "user", "auth"})
package io.accountsapi.provisioning;

import org.springframework.modulith.ApplicationModule;
