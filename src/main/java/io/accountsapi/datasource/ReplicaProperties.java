package io.accountsapi.datasource;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code accounts.datasource}: the replicas that serve the reads, each with its own pool; a replica whose
 * replay falls more than {@code maxReplicaLag} behind the primary, or that does not answer, serves none until it
 * catches up, checked every {@code checkInterval}.
 */
@ConfigurationProperties("accounts.datasource")
public record ReplicaProperties(List<Replica> replicas, Duration maxReplicaLag, Duration checkInterval) {

    public ReplicaProperties {
        replicas = replicas == null ? List.of() : List.copyOf(replicas);
        maxReplicaLag = maxReplicaLag == null ? Duration.ofSeconds(5) : maxReplicaLag;
        checkInterval = checkInterval == null ? Duration.ofSeconds(1) : checkInterval;
    }

    /** A replica's JDBC URL and credentials (the primary's when not given) and its pool size (the primary's). */
    public record Replica(String url, String username, String password, Integer maximumPoolSize) {}
}
