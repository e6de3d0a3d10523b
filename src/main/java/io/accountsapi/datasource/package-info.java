/**
 * Where statements run: the primary named by {@code spring.datasource}, and reads ({@link ReadOnly}) on PostgreSQL
 * streaming replicas ({@code accounts.datasource.replicas}) that have replayed everything committed before the request
 * began, else on the primary. Without replicas every statement runs on the primary, as before. It uses no other package
 * of the server.
 */
@ApplicationModule(allowedDependencies = {})
package io.accountsapi.datasource;

import org.springframework.modulith.ApplicationModule;
