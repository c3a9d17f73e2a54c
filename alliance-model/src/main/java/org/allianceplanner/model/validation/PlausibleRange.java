package org.allianceplanner.model.validation;

/**
 * The values of one column that a planner would accept as real. A value outside is a typo, a wrong
 * unit or a wrong currency, and would also push the solvers beyond the magnitudes they handle
 * reliably, so validation refuses it.
 *
 * @param min the lowest plausible value
 * @param max the highest plausible value
 * @param unit the unit, as a planner reads it ("vehicles per year")
 * @param inBaseCurrency whether the range is money in the base currency: a figure in another currency
 *     is converted with its exchange rate before it is compared
 */
public record PlausibleRange(double min, double max, String unit, boolean inBaseCurrency) {
    public PlausibleRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /** A range of a quantity that is not money. */
    static PlausibleRange of(double min, double max, String unit) {
        return new PlausibleRange(min, max, unit, false);
    }

    /** A range of money in the base currency; {@code per} is what the money is per ("per year"), or empty. */
    static PlausibleRange money(double min, double max, String per) {
        return new PlausibleRange(min, max, per, true);
    }

    /** Whether {@code value} lies within the range. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * The range in words, as messages and the scenario format say it: {@code 0 to 3,000,000 vehicles
     * per year}, or {@code 0 to 5,000,000 per vehicle in the base currency}.
     */
    public String text() {
        String range = Numbers.grouped(min) + " to " + Numbers.grouped(max);
        if (inBaseCurrency) {
            return range + (unit.isEmpty() ? "" : " " + unit) + " in the base currency";
        }
        return unit.isEmpty() ? range : range + " " + unit;
    }

    /** The range with money in {@code currency}: {@code 0 to 5,000,000 USD per vehicle}. */
    String text(String currency) {
        if (!inBaseCurrency) {
            return text();
        }
        return Numbers.grouped(min) + " to " + Numbers.grouped(max) + " " + currency
                + (unit.isEmpty() ? "" : " " + unit);
    }
}
