package io.accountsapi.provisioning;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** On start, creates the configured first organization and Admin once; later starts change nothing. */
@Component
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);
    private static final int RECOMMENDED_TOKEN_LENGTH = 32;

    private final BootstrapProperties properties;
    private final TenantProvisioning provisioning;

    Bootstrap(BootstrapProperties properties, TenantProvisioning provisioning) {
        this.properties = properties;
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured()) {
            return;
        }
        if (properties.token().length() < RECOMMENDED_TOKEN_LENGTH) {
            log.warn(
                    "accounts.bootstrap.token is shorter than {} characters; use a long random value.",
                    RECOMMENDED_TOKEN_LENGTH);
        }
        bootstrapOnce()
                .ifPresentOrElse(
                        tenant -> log.info(
                                "Bootstrap created organization {} with Admin {} ({})",
                                tenant.organizationId(),
                                tenant.adminId(),
                                properties.email()),
                        () -> log.info("Bootstrap: {} already exists; nothing changed.", properties.email()));
    }

    /** An instance that lost the race to another one bootstrapping the same database finds the winner's user. */
    private Optional<TenantProvisioning.Tenant> bootstrapOnce() {
        try {
            return provisioning.bootstrap(properties.email(), properties.organization(), properties.token());
        } catch (DataIntegrityViolationException e) {
            return provisioning.bootstrap(properties.email(), properties.organization(), properties.token());
        }
    }
}
