package org.allianceplanner.report.html;

import java.util.Locale;

/** Escaping and number formatting for the HTML report: every piece of user data goes through here. */
final class Html {
    private Html() {}

    /** {@code text} safe inside HTML text and double- or single-quoted attributes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An amount in millions with its currency, e.g. {@code 4,612 M USD}; one decimal below 10 M. */
    static String millions(double amount, String currency) {
        double m = amount / 1e6;
        String number = Math.abs(m) < 10 && Math.abs(m) >= 0.05
                ? String.format(Locale.ROOT, "%,.1f", m)
                : String.format(Locale.ROOT, "%,.0f", m);
        if (number.equals("-0")) {
            number = "0";
        }
        return number + " M " + currency;
    }

    /** A count with thousands separators, e.g. {@code 300,000}. */
    static String units(double units) {
        return String.format(Locale.ROOT, "%,.0f", units);
    }

    /** A share as a percentage, e.g. {@code 78 %}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** A plain number for a data attribute or SVG coordinate: no grouping, at most 2 decimals. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
