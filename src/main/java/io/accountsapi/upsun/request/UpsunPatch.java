package io.accountsapi.upsun.request;

import io.accountsapi.web.PatchBody;

/** A PATCH body of Upsun's dialect, and the domain's changes it asks for once valid. */
public interface UpsunPatch<C> extends PatchBody {

    C changes();
}
