package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules of the organizations dialect that need no server: machine names, days remaining, ids. */
class OrganizationRulesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acme Ltd               | acme-ltd",
                "  Société Générale!  | societe-generale",
                "ÆØÅ 42                 | a-42",
                "---                    | organization",
                "Ünïcödé — Ltd.         | unicode-ltd"
            })
    void machineNamesAreLowerCaseSlugs(String label, String name) {
        assertThat(OrganizationService.slug(label)).isEqualTo(name);
    }

    @Test
    void machineNamesAreCutAtSixtyFourCharacters() {
        assertThat(OrganizationService.slug("a".repeat(70))).hasSize(64);
        assertThat(OrganizationService.slug("a".repeat(63) + " b")).isEqualTo("a".repeat(63));
    }

    @Test
    void ulidsSortByTimeAndUseCrockfordBase32() {
        var earlier = Ids.ulid(Clock.fixed(Instant.parse("2021-02-13T00:00:00Z"), ZoneOffset.UTC));
        var later = Ids.ulid(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

        assertThat(earlier).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}").startsWith("01EY");
        assertThat(later).isGreaterThan(earlier);
        assertThat(Ids.shortId()).hasSize(12).matches("[1-9A-HJ-NP-Za-km-z]{12}");
    }
}
