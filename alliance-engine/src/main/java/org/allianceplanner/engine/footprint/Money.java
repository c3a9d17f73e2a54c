package org.allianceplanner.engine.footprint;

import java.util.Locale;

/** Money in explanation sentences: the currency code, then the amount with thousands separators. */
final class Money {
    private Money() {}

    static String format(double amount, String currency) {
        if (Math.abs(amount) >= 100) {
            return String.format(Locale.ROOT, "%s %,.0f", currency, amount);
        }
        return String.format(Locale.ROOT, "%s %,.2f", currency, amount);
    }
}
