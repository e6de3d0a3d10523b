/**
 * Organizations and their first Admin made outside any request: the production bootstrap and the demo data. It uses
 * the features only through their public services.
 */
package io.accountsapi.provisioning;
