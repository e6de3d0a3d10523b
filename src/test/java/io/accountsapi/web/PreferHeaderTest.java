package io.accountsapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferHeaderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "handling=strict                  | true",
                "Handling=Strict                  | true",
                "return=minimal, handling=strict  | true",
                "handling = \"strict\"            | true",
                "handling=strict; foo=bar         | true",
                "handling=lenient                 | false",
                "return=representation            | false",
                "''                               | false",
                "NULL                             | false"
            })
    void recognisesHandlingStrictAmongOtherPreferences(String header, boolean strict) {
        assertThat(PreferHeader.isStrict(header)).isEqualTo(strict);
    }
}
