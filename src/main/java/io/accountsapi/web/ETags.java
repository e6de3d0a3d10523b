package io.accountsapi.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strong entity tags: a digest of the representation exactly as it is sent, so a tag changes whenever anything a
 * client sees changes (a derived currency, a trial's days remaining) and never otherwise.
 */
@Component
public class ETags {

    private final JsonMapper jsonMapper;

    public ETags(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public String of(Object representation) {
        return of(jsonMapper.writeValueAsBytes(representation));
    }

    /** The tag of a representation already serialized, exactly as sent. */
    String of(byte[] json) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * RFC 9110 If-Match, strong comparison, as a write's expectation of the current state: null (nothing expected)
     * when there is no header or it is {@code *}, else whether one of its tags is that of the state's representation.
     */
    public <V> Predicate<V> expectation(String ifMatch, Function<V, ?> representation) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        return current -> matches(ifMatch, of(representation.apply(current)), false);
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}. */
    static boolean matches(String header, String etag, boolean weak) {
        return Arrays.stream(header.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*")
                        || tag.equals(etag)
                        || (weak && tag.startsWith("W/") && tag.substring(2).equals(etag)));
    }
}
