package org.allianceplanner.model.plan;

import java.util.Locale;

/** Money in explanation sentences: the currency code, then the amount with thousands separators. */
public final class Money {
    private Money() {}

    public static String format(double amount, String currency) {
        if (Math.abs(amount) >= 100) {
            return String.format(Locale.ROOT, "%s %,.0f", currency, amount);
        }
        return String.format(Locale.ROOT, "%s %,.2f", currency, amount);
    }
}
