package io.accountsapi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * An embedded PostgreSQL for the development run, used only when no {@code spring.datasource.url} is configured. Its
 * data stays in {@code .dev-db/} between runs; the port is fixed so that a run after a hard kill finds it again.
 */
@TestConfiguration(proxyBeanMethods = false)
@Conditional(DevDatabase.NoDatasourceConfigured.class)
class DevDatabase {

    static final int PORT = 54329;
    static final Path DATA_DIRECTORY = Path.of(".dev-db");

    @Bean(destroyMethod = "close")
    EmbeddedPostgres devPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(DATA_DIRECTORY)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .start();
    }

    @Bean
    JdbcConnectionDetails devDatabaseConnectionDetails(EmbeddedPostgres devPostgres) {
        return new UrlConnectionDetails(devPostgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    static class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
