package io.accountsapi;

import java.security.SecureRandom;
import java.time.Clock;

/** Identifier formats of the two dialects: ULIDs for organizations (Upsun), 12-character Base58 for the rest (Probely). */
public final class Ids {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String CROCKFORD32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    private static String base58(int length) {
        var chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = BASE58.charAt(RANDOM.nextInt(BASE58.length()));
        }
        return new String(chars);
    }

    /** A 12-character id as Probely's API uses for users, labels, roles and keys. */
    public static String shortId() {
        return base58(12);
    }

    /** A ULID: 48 bits of milliseconds, then 80 random bits, in Crockford base 32. */
    public static String ulid(Clock clock) {
        var chars = new char[26];
        long time = clock.millis();
        for (int i = 9; i >= 0; i--) {
            chars[i] = CROCKFORD32.charAt((int) (time & 31));
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            chars[i] = CROCKFORD32.charAt(RANDOM.nextInt(32));
        }
        return new String(chars);
    }
}
