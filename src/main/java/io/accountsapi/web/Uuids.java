package io.accountsapi.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UUIDs in their canonical text (8-4-4-4-12 hexadecimal digits) in paths: Upsun names users by UUID on paths where
 * Probely names them by its 12-character ids.
 */
public final class Uuids {

    /** A path variable that is a UUID. */
    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** A path variable that is anything but a UUID. */
    public static final String NOT_A_UUID = "(?!" + PATTERN + "$).+";

    private static final Pattern CANONICAL = Pattern.compile(PATTERN);

    private Uuids() {}

    /** The UUID the text is, if it is one; anything else names no user. */
    public static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches()
                ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }
}
