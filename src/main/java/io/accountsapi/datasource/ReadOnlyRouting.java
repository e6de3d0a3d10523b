package io.accountsapi.datasource;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The replicas ({@link ReplicaReads}) for a read-only scope ({@link ReadOnly}, or any read-only {@code @Transactional}),
 * the primary for anything else. Behind a {@code LazyConnectionDataSourceProxy}, so that it chooses at a transaction's
 * first statement, once the scope is known.
 */
final class ReadOnlyRouting extends AbstractRoutingDataSource {

    ReadOnlyRouting(DataSource primary, DataSource reads) {
        setTargetDataSources(Map.of(false, primary, true, reads));
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
