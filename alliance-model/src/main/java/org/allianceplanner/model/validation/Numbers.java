package org.allianceplanner.model.validation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.allianceplanner.model.plan.PlainNumber;

/** Writes numbers the way a planner would type or read them. */
final class Numbers {
    private Numbers() {}

    /** As typed: {@code 35} rather than {@code 35.0}, {@code 0.0001} rather than {@code 1.0E-4}. */
    static String text(double value) {
        return PlainNumber.of(value);
    }

    /**
     * For a value a planner may have mistyped by many orders of magnitude: as typed when it is of an
     * everyday size, {@code 1e300} rather than three hundred digits otherwise.
     */
    static String compact(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || !Double.isFinite(value) || (magnitude >= 1e-6 && magnitude < 1e15)) {
            return text(value);
        }
        String scientific = BigDecimal.valueOf(value).stripTrailingZeros().toString();
        return scientific.replace("E+", "e").replace("E", "e");
    }

    /** For thresholds in messages, with thousands separators: {@code 3,000,000}. */
    static String grouped(double value) {
        // A new format per call because DecimalFormat is not thread-safe and validators may run in parallel.
        DecimalFormat format = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** {@code value} read as a percentage and written as a share: 35 gives {@code 0.35}. */
    static String percentageAsShare(double value) {
        return BigDecimal.valueOf(value).movePointLeft(2).stripTrailingZeros().toPlainString();
    }

    /** The hint for a share that looks typed as a percentage. */
    static String percentageHint(double value) {
        return "Maybe you entered a percentage; write " + percentageAsShare(value) + " for " + text(value) + " %.";
    }
}
