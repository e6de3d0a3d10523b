package io.accountsapi.datasource;

import java.util.List;

/** The configured replicas, in order; closed with the context. */
record Replicas(List<Replica> all) implements AutoCloseable {

    @Override
    public void close() {
        all.forEach(replica -> replica.pool().close());
    }
}
