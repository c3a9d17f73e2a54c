package org.allianceplanner.io.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How values are written as cell text, so that reading the text back gives the same value. */
public final class CellText {
    private CellText() {}

    /** Text of an encoded cell value: numbers in their shortest exact decimal form, no exponent. */
    public static String format(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return formatNumber(number);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        return value.toString();
    }

    /** {@code 640000} rather than {@code 640000.0}; {@code 0.0067}; NaN and infinities by name. */
    public static String formatNumber(double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return Double.toString(number);
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** Joins ids of a list column. */
    static String join(List<String> ids, String separator) {
        return String.join(separator, ids);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
