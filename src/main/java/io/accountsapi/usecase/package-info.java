/**
 * What every use case of the domain shares, in no dialect's words: a {@link Write} (the changes asked for, the check
 * of the body that asked, and what the client expects the object to be now), and why a use case refuses
 * ({@link Refusal}, thrown as {@link Refused}), which each dialect's error renderer words in its own shape. It uses no
 * other package.
 */
@ApplicationModule(allowedDependencies = {})
package io.accountsapi.usecase;

import org.springframework.modulith.ApplicationModule;
