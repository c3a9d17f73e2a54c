package org.allianceplanner.model.validation;

import org.jspecify.annotations.Nullable;

/**
 * The checks of one row of one table. Every failed check adds a violation on this row; checks that
 * other checks build on return whether the value passed, so a bad value is reported once rather than
 * by every rule that reads it.
 */
final class Row {
    private final Findings findings;
    private final Table table;
    private final int index;

    Row(Findings findings, Table table, int index) {
        this.findings = findings;
        this.table = table;
        this.index = index;
    }

    int index() {
        return index;
    }

    void report(String column, String value, String rule) {
        report(column, value, rule, null);
    }

    void report(String column, String value, String rule, @Nullable String hint) {
        findings.add(table, index, column, value, rule, hint, -1);
    }

    /** Reports a rule that concerns an earlier row too, such as a duplicate. */
    void reportDuplicate(String column, String value, String rule, int earlierRowIndex) {
        reportDuplicate(column, value, rule, null, earlierRowIndex);
    }

    void reportDuplicate(String column, String value, String rule, @Nullable String hint, int earlierRowIndex) {
        findings.add(table, index, column, value, rule, hint, earlierRowIndex);
    }

    /** Whether {@code value} has text; reports a blank value. */
    boolean present(String column, String value) {
        if (value.isBlank()) {
            report(column, value, column + " must not be blank.");
            return false;
        }
        return true;
    }

    /** Reports a blank id, and an id that an earlier row of the table already has. */
    void uniqueId(String column, String id, Ids ids) {
        if (present(column, id)) {
            ids.earlierThan(id, index)
                    .ifPresent(earlier -> reportDuplicate(
                            column, id, column + " '" + id + "' is not unique: an earlier row has it too.", earlier));
        }
    }

    /**
     * Whether {@code id} names a row of the table {@code ids} comes from; reports a blank or unknown
     * id, with the nearest known id as a hint.
     */
    boolean references(String column, String id, Ids ids) {
        if (!present(column, id)) {
            return false;
        }
        if (ids.contains(id)) {
            return true;
        }
        report(
                column,
                id,
                "Unknown " + ids.noun() + " '" + id + "': " + ids.whereMissing() + ".",
                meant(ids.nearest(id)));
        return false;
    }

    /** Whether {@code value} is a finite number; reports NaN and infinities. */
    boolean finite(String column, double value) {
        if (Double.isFinite(value)) {
            return true;
        }
        report(column, Numbers.text(value), column + " is not a number: it must be a finite number.");
        return false;
    }

    /** Whether {@code value} is finite and at least 0; reports it otherwise. */
    boolean nonNegative(String column, double value) {
        if (!finite(column, value)) {
            return false;
        }
        if (value < 0) {
            report(column, Numbers.text(value), column + " must not be negative.");
            return false;
        }
        return true;
    }

    /** Whether {@code value} is finite and above 0; reports it otherwise. */
    boolean positive(String column, double value) {
        if (!finite(column, value)) {
            return false;
        }
        if (value <= 0) {
            report(column, Numbers.text(value), column + " must be greater than 0.");
            return false;
        }
        return true;
    }

    /** Whether whole number {@code value} is at least {@code min}; reports it otherwise. */
    boolean atLeast(String column, long value, long min) {
        if (value < min) {
            report(column, Long.toString(value), column + " must be at least " + min + ".");
            return false;
        }
        return true;
    }

    /**
     * Whether {@code value} is finite and within {@code [min, max]}; reports it otherwise, with
     * {@code hint}.
     */
    boolean between(String column, double value, double min, double max, @Nullable String hint) {
        if (!finite(column, value)) {
            return false;
        }
        if (value < min || value > max) {
            report(
                    column,
                    Numbers.text(value),
                    column + " must be between " + Numbers.grouped(min) + " and " + Numbers.grouped(max) + ".",
                    hint);
            return false;
        }
        return true;
    }

    /**
     * Whether share or rate {@code value} is within [0, 1]; a value up to 100 is reported with the
     * hint that it was typed as a percentage.
     */
    boolean share(String column, double value) {
        return between(
                column,
                value,
                PlausibleRanges.SHARE.min(),
                PlausibleRanges.SHARE.max(),
                value > 1 && value <= 100 ? Numbers.percentageHint(value) : null);
    }

    boolean latitude(String column, double value) {
        return between(column, value, PlausibleRanges.LATITUDE.min(), PlausibleRanges.LATITUDE.max(), null);
    }

    boolean longitude(String column, double value) {
        return between(column, value, PlausibleRanges.LONGITUDE.min(), PlausibleRanges.LONGITUDE.max(), null);
    }

    /**
     * Whether {@code value} is finite and within its plausible range; reports it otherwise, with the
     * range and its unit.
     */
    boolean plausible(String column, double value, PlausibleRange range) {
        if (!finite(column, value)) {
            return false;
        }
        if (range.contains(value)) {
            return true;
        }
        reportImplausible(column, value, "", range.text());
        return false;
    }

    /** Whether whole number {@code value} is within its plausible range; reports it otherwise. */
    boolean plausible(String column, long value, PlausibleRange range) {
        return plausible(column, (double) value, range);
    }

    /**
     * Whether money {@code amount} in {@code currency} is at least 0 and, converted with {@code
     * basePerUnit}, within {@code range}; reports it otherwise. Without a usable rate ({@code null})
     * only the sign is checked: the missing rate is reported on its own.
     */
    boolean plausibleMoney(
            String column,
            double amount,
            PlausibleRange range,
            String currency,
            @Nullable Double basePerUnit,
            String baseCurrency) {
        if (!nonNegative(column, amount)) {
            return false;
        }
        if (basePerUnit == null) {
            return true;
        }
        double inBase = amount * basePerUnit;
        if (range.contains(inBase)) {
            return true;
        }
        String converted =
                currency.equals(baseCurrency) ? "" : " (" + Numbers.compact(inBase) + " " + baseCurrency + ")";
        reportImplausible(column, amount, " " + currency + converted, range.text(baseCurrency));
        return false;
    }

    private void reportImplausible(String column, double value, String after, String range) {
        report(
                column,
                Numbers.compact(value),
                column + " of " + Numbers.compact(value) + after + " is not plausible: the plausible range is " + range
                        + ".");
    }

    static @Nullable String meant(@Nullable String nearest) {
        return nearest == null ? null : "Maybe you meant '" + nearest + "'.";
    }
}
