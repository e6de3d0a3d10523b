package io.accountsapi.provisioning;

import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first organization and Admin of a production install ({@code ACCOUNTS_BOOTSTRAP_*}). All three or none must
 * be set.
 *
 * @param email        the Admin's e-mail address
 * @param token        the Admin's first API key, chosen by the operator
 * @param organization the organization's label; its machine name is a slug of it
 */
@ConfigurationProperties("accounts.bootstrap")
record BootstrapProperties(String email, String token, String organization) {

    boolean configured() {
        var given = Stream.of(email, token, organization)
                .filter(v -> v != null && !v.isBlank())
                .count();
        if (given != 0 && given != 3) {
            throw new IllegalStateException("Set all of accounts.bootstrap.email, accounts.bootstrap.token and "
                    + "accounts.bootstrap.organization (ACCOUNTS_BOOTSTRAP_EMAIL, ACCOUNTS_BOOTSTRAP_TOKEN, "
                    + "ACCOUNTS_BOOTSTRAP_ORGANIZATION), or none of them.");
        }
        return given == 3;
    }
}
