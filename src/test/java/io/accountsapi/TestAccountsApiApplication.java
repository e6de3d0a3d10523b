package io.accountsapi;

import org.springframework.boot.SpringApplication;

/**
 * The development run ({@code ./mvnw spring-boot:test-run}): the real application, on an embedded PostgreSQL kept in
 * {@code .dev-db/} unless a datasource is configured, with a demo organization whose keys are printed at start.
 */
public class TestAccountsApiApplication {

    public static void main(String[] args) {
        SpringApplication.from(AccountsApiApplication::main)
                .with(DevDatabase.class, DemoData.class)
                .run(args);
    }
}
