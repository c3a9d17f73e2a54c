package org.allianceplanner.model.scenario;

import static java.util.Objects.requireNonNull;

/**
 * Exchange rate of a currency into the scenario's base currency.
 *
 * @param currency ISO 4217 code
 * @param basePerUnit value of one unit of {@code currency} in the base currency, e.g. 0.0067 for JPY
 *     when the base is USD
 */
public record FxRate(String currency, double basePerUnit) {
    public FxRate {
        requireNonNull(currency, "currency");
    }
}
