package org.allianceplanner.model.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * Converts money figures into the scenario's base currency with its {@code fx_rates} table. The base
 * currency converts at 1 whether or not it has a row. Immutable and safe to share between threads.
 */
public final class ExchangeRates {
    private final String baseCurrency;
    private final Map<String, Double> basePerUnit = new HashMap<>();

    private ExchangeRates(Scenario scenario) {
        baseCurrency = scenario.settings().baseCurrency();
        for (FxRate rate : scenario.fxRates()) {
            basePerUnit.putIfAbsent(rate.currency(), rate.basePerUnit());
        }
        basePerUnit.put(baseCurrency, 1.0);
    }

    /** The rates of {@code scenario}. */
    public static ExchangeRates of(Scenario scenario) {
        return new ExchangeRates(scenario);
    }

    /**
     * Value of one unit of {@code currency} in the base currency.
     *
     * @throws IllegalArgumentException when the currency has no rate (a validated scenario has one for
     *     every currency it uses)
     */
    public double basePerUnit(String currency) {
        Double rate = basePerUnit.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("Currency " + currency + " has no exchange rate into " + baseCurrency
                    + ": validate the scenario before planning it.");
        }
        return rate;
    }

    /** {@code amount} of {@code currency} in the base currency. */
    public double toBase(double amount, String currency) {
        return amount * basePerUnit(currency);
    }
}
