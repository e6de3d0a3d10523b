package io.accountsapi.organization;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** The currency an organization is billed in: its country's own when we bill in it, else US dollars. */
final class BillingCurrency {

    private static final Set<String> BILLED = Set.of("EUR", "USD", "GBP", "AUD", "CAD");
    private static final Currency FALLBACK = Currency.getInstance("USD");

    private BillingCurrency() {}

    static Currency forCountry(String country) {
        if (country == null || country.isEmpty()) {
            return FALLBACK;
        }
        try {
            var local = Currency.getInstance(Locale.of("", country));
            return local != null && BILLED.contains(local.getCurrencyCode()) ? local : FALLBACK;
        } catch (IllegalArgumentException notACountryWithCurrency) {
            return FALLBACK;
        }
    }
}
