package io.accountsapi.upsun;

import io.accountsapi.upsun.request.UpsunPatch;
import io.accountsapi.usecase.Write;
import io.accountsapi.web.ETags;
import io.accountsapi.web.RequestValidator;
import io.accountsapi.web.WriteHeaders;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The domain's write of an Upsun body: checked as Upsun checks one, against the representation If-Match names. */
@Component
class UpsunWrites {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final RequestValidator validator;
    private final ETags etags;

    UpsunWrites(RequestValidator validator, ETags etags) {
        this.validator = validator;
        this.etags = etags;
    }

    /** A strict client's ignored fields refused first, then every constraint; If-Match over {@code representation}. */
    <C, V> Write<C, V> of(UpsunPatch<C> body, WriteHeaders headers, Function<V, ?> representation) {
        return new Write<>(
                body.changes(),
                () -> {
                    headers.refuseIgnoredFields(body);
                    validator.validate(body);
                },
                etags.expectation(headers.ifMatch(), representation));
    }
}
