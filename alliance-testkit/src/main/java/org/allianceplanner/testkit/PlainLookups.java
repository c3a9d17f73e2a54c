package org.allianceplanner.testkit;

import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.scenario.FxRate;
import org.allianceplanner.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * The plan checkers' own reading of tariffs and exchange rates, written out plainly from the scenario
 * format's rules so that a checker never calls the engine's lookups.
 */
final class PlainLookups {
    private PlainLookups() {}

    /**
     * The tariff precedence of the scenario format: origin first, then product; {@code *} rows never
     * apply inside a market.
     */
    static double tariffRate(Scenario scenario, String countryId, String marketId, String product) {
        String[][] precedence = {
            {countryId, product}, {countryId, Tariff.ANY}, {Tariff.ANY, product}, {Tariff.ANY, Tariff.ANY}
        };
        boolean insideMarket = false;
        for (Country country : scenario.countries()) {
            if (country.countryId().equals(countryId) && country.marketId().equals(marketId)) {
                insideMarket = true;
            }
        }
        for (String[] candidate : precedence) {
            if (insideMarket && candidate[0].equals(Tariff.ANY)) {
                return 0;
            }
            for (Tariff tariff : scenario.tariffs()) {
                if (tariff.originCountryId().equals(candidate[0])
                        && tariff.marketId().equals(marketId)
                        && tariff.product().equals(candidate[1])) {
                    return tariff.rate();
                }
            }
        }
        return 0;
    }

    /** Base currency per unit of {@code currency}; NaN when the scenario gives no rate. */
    static double basePerUnit(Scenario scenario, String currency) {
        if (currency.equals(scenario.settings().baseCurrency())) {
            return 1;
        }
        for (FxRate rate : scenario.fxRates()) {
            if (rate.currency().equals(currency)) {
                return rate.basePerUnit();
            }
        }
        return Double.NaN;
    }

    /** The market of a country; null when the scenario does not list it. */
    static @Nullable String marketOf(Scenario scenario, String countryId) {
        for (Country country : scenario.countries()) {
            if (country.countryId().equals(countryId)) {
                return country.marketId();
            }
        }
        return null;
    }
}
