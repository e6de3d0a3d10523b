package io.accountsapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeyAuthenticationFilterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "JWT acck_1             | acck_1",
                "Bearer acck_1          | acck_1",
                "bearer   acck_1        | acck_1",
                "jwt acck_1             | acck_1",
                "Bearer                 | ''",
                "Basic dXNlcjpwYXNz     | NULL",
                "Token acck_1           | NULL",
                "NULL                   | NULL"
            })
    void takesTheKeyAfterAJwtOrBearerScheme(String header, String key) {
        assertThat(ApiKeyAuthenticationFilter.keyFrom(header)).isEqualTo(key);
    }

    @Test
    void generatedKeysArePrefixedAndDistinctAndHashTo32Bytes() {
        var first = ApiKeys.generate();
        var second = ApiKeys.generate();

        assertThat(first)
                .startsWith(ApiKeys.PREFIX)
                .hasSize(ApiKeys.PREFIX.length() + 64)
                .isNotEqualTo(second);
        assertThat(ApiKeys.hash(first)).hasSize(32).isNotEqualTo(ApiKeys.hash(second));
    }
}
