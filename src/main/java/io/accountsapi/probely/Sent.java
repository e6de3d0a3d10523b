package io.accountsapi.probely;

import io.accountsapi.web.PatchBody;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A body's fields as the domain's commands take them, read before the body is checked (rights are decided first), so
 * that what the check will refuse reads as nothing rather than failing here.
 */
final class Sent {

    private Sent() {}

    /** The items of a list sent, each as the domain takes it (null where the client sent null). */
    static <T, R> Optional<List<R>> items(JsonNullable<List<T>> field, Function<T, R> item) {
        return PatchBody.sent(field)
                .map(items -> items.stream()
                        .map(sent -> sent == null ? null : item.apply(sent))
                        .toList());
    }

    /** The id of a reference sent, or null. */
    static String id(JsonNullable<IdRef> reference) {
        var sent = reference.orElse(null);
        return sent == null ? null : sent.id().orElse(null);
    }
}
