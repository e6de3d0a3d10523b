package io.accountsapi;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Connection details of a PostgreSQL reached by URL: the tests' database and the development run's. */
record UrlConnectionDetails(String getJdbcUrl, String getUsername, String getPassword)
        implements JdbcConnectionDetails {}
