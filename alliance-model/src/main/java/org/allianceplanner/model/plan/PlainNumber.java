package org.allianceplanner.model.plan;

import java.math.BigDecimal;

/** A number in a sentence as a planner would type it. */
public final class PlainNumber {
    private PlainNumber() {}

    /** {@code 35} rather than {@code 35.0}, {@code 0.0001} rather than {@code 1.0E-4}; NaN and infinities by name. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
