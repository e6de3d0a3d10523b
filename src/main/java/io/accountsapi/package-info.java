/**
 * The application: its entry point, the persistence settings every feature shares, and the ids the server makes.
 * Each package below says what it holds and what it may use; {@code ArchitectureTest} checks the rules.
 */
package io.accountsapi;
