package io.accountsapi.web;

/** Formats both dialects validate against. */
public final class TextFormats {

    /**
     * An e-mail address as HTML5 (and Symfony's "html5" mode) define it, which requires a dot in the domain;
     * the empty alternative lets {@code ""} clear a field.
     */
    public static final String EMAIL_OR_EMPTY = "^$|^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
            + "[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$";

    private TextFormats() {}
}
