package io.accountsapi.web;

import java.util.Arrays;

/** RFC 7240 {@code Prefer}: only {@code handling=strict} matters here. */
public final class PreferHeader {

    public static final String NAME = "Prefer";

    private PreferHeader() {}

    public static boolean isStrict(String header) {
        return header != null
                && Arrays.stream(header.split(","))
                        .map(preference ->
                                preference.split(";", 2)[0].replace(" ", "").replace("\"", ""))
                        .anyMatch("handling=strict"::equalsIgnoreCase);
    }
}
