package io.accountsapi.upsun.list;

import io.accountsapi.user.MemberOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

/**
 * The cursors of member pages: a member's place in an order (its time, where the order has one, and its id), opaque to
 * clients and valid only in the order that issued it.
 */
public final class MemberCursors {

    private static final String SEPARATOR = " ";

    private MemberCursors() {}

    public static String of(MemberOrder order, ScrollPosition position) {
        var keys = ((KeysetScrollPosition) position).getKeys();
        var text = order == MemberOrder.ID
                ? order.name() + SEPARATOR + keys.get("id")
                : order.name() + SEPARATOR + keys.get(order.attribute) + SEPARATOR + keys.get("id");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; {@link IllegalArgumentException} when this order issued no such cursor. */
    public static KeysetScrollPosition parse(MemberOrder order, String cursor, ScrollPosition.Direction direction) {
        var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
        var timed = order != MemberOrder.ID;
        if (parts.length != (timed ? 3 : 2) || !parts[0].equals(order.name())) {
            throw new IllegalArgumentException("Not a cursor of this order: " + cursor);
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        if (timed) {
            try {
                keys.put(order.attribute, Instant.parse(parts[1]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a cursor: " + cursor, e);
            }
        }
        keys.put("id", parts[parts.length - 1]);
        return ScrollPosition.of(keys, direction);
    }
}
