package io.accountsapi.upsun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.upsun.list.MemberCursors;
import io.accountsapi.upsun.response.UpsunMapper;
import io.accountsapi.user.MemberOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.ScrollPosition;

/** Rules of Upsun's answers that need no server: a trial's days remaining, the members list's cursors. */
class UpsunRulesTest {

    @ParameterizedTest
    @CsvSource({"PT720H,30", "PT719H,30", "PT1H,1", "PT24H,1", "PT25H,2", "PT0S,0", "-PT5H,0"})
    void daysRemainingCountsAStartedDayAsOne(Duration left, long days) {
        var now = Instant.parse("2026-11-23T10:00:00Z");

        assertThat(UpsunMapper.daysRemaining(now, now.plus(left))).isEqualTo(days);
    }

    @Test
    void aCursorNamesItsPlaceInItsOwnOrderOnly() {
        var at = Instant.parse("2026-11-23T10:00:00Z");
        var cursor = MemberCursors.of(
                MemberOrder.CREATED_AT, ScrollPosition.forward(Map.of("createdAt", at, "id", "MemberUser12")));

        assertThat(MemberCursors.parse(MemberOrder.CREATED_AT, cursor, ScrollPosition.Direction.FORWARD)
                        .getKeys())
                .containsEntry("createdAt", at)
                .containsEntry("id", "MemberUser12");
        assertThatThrownBy(() -> MemberCursors.parse(MemberOrder.UPDATED_AT, cursor, ScrollPosition.Direction.FORWARD))
                .as("a cursor of another order")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberCursors.parse(MemberOrder.ID, "%%%", ScrollPosition.Direction.FORWARD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
