package io.accountsapi.datasource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The primary's pool as {@code spring.datasource} describes it (in place of Spring Boot's, which it equals), a pool per
 * replica, and the data source everything uses: a {@link LazyConnectionDataSourceProxy} that takes a read-only
 * scope's connection from {@link ReplicaReads} when replicas are configured ({@link ReadOnlyRouting}), and any other
 * from the primary. Defined whatever the settings, so that an ahead-of-time processed build reads the replicas at start like any URL.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaDataSourceConfig {

    static final String READS = "accounts.datasource.reads";

    /** Where Spring Boot would connect: the connection details a service provides, else {@code spring.datasource}. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(
            DataSourceProperties properties, ObjectProvider<JdbcConnectionDetails> connectionDetails) {
        var details = connectionDetails.getIfAvailable();
        var builder = DataSourceBuilder.create(properties.getClassLoader()).type(HikariDataSource.class);
        if (details != null) {
            builder.url(details.getJdbcUrl())
                    .username(details.getUsername())
                    .password(details.getPassword())
                    .driverClassName(details.getDriverClassName());
        } else {
            builder.url(properties.determineUrl())
                    .username(properties.determineUsername())
                    .password(properties.determinePassword())
                    .driverClassName(properties.determineDriverClassName());
        }
        return builder.build();
    }

    @Bean
    Replicas replicas(ReplicaProperties properties, HikariDataSource primaryDataSource) {
        List<Replica> replicas = new ArrayList<>();
        for (int i = 0; i < properties.replicas().size(); i++) {
            var settings = properties.replicas().get(i);
            var pool = new HikariDataSource();
            primaryDataSource.copyStateTo(pool);
            pool.setPoolName("replica-" + i);
            pool.setJdbcUrl(settings.url());
            if (settings.username() != null) {
                pool.setUsername(settings.username());
                pool.setPassword(settings.password());
            }
            if (settings.maximumPoolSize() != null) {
                pool.setMaximumPoolSize(settings.maximumPoolSize());
            }
            // A replica that is down is passed over: waiting long for it would only delay the read.
            pool.setConnectionTimeout(500);
            pool.setInitializationFailTimeout(-1);
            replicas.add(new Replica("replica-" + i, pool));
        }
        return new Replicas(List.copyOf(replicas));
    }

    @Bean
    ReplicaMonitor replicaMonitor(
            Replicas replicas, HikariDataSource primaryDataSource, ReplicaProperties properties, Clock clock) {
        return new ReplicaMonitor(replicas.all(), primaryDataSource, properties, clock);
    }

    @Bean
    ReplicaReads replicaReads(HikariDataSource primaryDataSource, Replicas replicas) {
        return new ReplicaReads(replicas.all(), primaryDataSource);
    }

    @Bean
    @Primary
    DataSource dataSource(HikariDataSource primaryDataSource, ReplicaReads replicaReads) {
        return new LazyConnectionDataSourceProxy(
                replicaReads.hasReplicas() ? new ReadOnlyRouting(primaryDataSource, replicaReads) : primaryDataSource);
    }

    /** Reads served by each replica and by the primary. */
    @Bean
    MeterBinder replicaReadMeters(Replicas replicas, ReplicaReads replicaReads) {
        return registry -> {
            replicas.all()
                    .forEach(replica -> FunctionCounter.builder(READS, replica, Replica::reads)
                            .tag("target", replica.name())
                            .register(registry));
            FunctionCounter.builder(READS, replicaReads, ReplicaReads::primaryReads)
                    .tag("target", "primary")
                    .register(registry);
        };
    }

    /** Each replica's state: always UP, since reads go to the primary when no replica can serve them. */
    @Bean
    HealthIndicator replicasHealthIndicator(Replicas replicas) {
        return () -> {
            var details = new LinkedHashMap<String, Object>();
            replicas.all().forEach(replica -> details.put(replica.name(), replica.state()));
            return Health.up().withDetails(details).build();
        };
    }
}
