/**
 * Why a use case refuses, in no dialect's words: nothing visible of that id, a right the caller lacks, a value another
 * already holds, a write made against a state that is no longer current. Services throw {@link Refused}; each dialect's
 * error renderer words the {@link Refusal} in its own shape. It uses no other package.
 */
package io.accountsapi.refusal;
