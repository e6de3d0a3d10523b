package io.accountsapi;

import org.hibernate.dialect.PostgreSQLDialect;

/**
 * PostgreSQL as Hibernate knows it, but for one thing: a locking read may have outer joins. Hibernate locks only the
 * query's root ({@code for no key update of} its alias), which PostgreSQL allows beside outer joins; without this, a
 * write would lock its row and then read what the API shows of it in a second statement.
 */
public class PostgresDialect extends PostgreSQLDialect {

    @Override
    public boolean supportsOuterJoinForUpdate() {
        return true;
    }
}
