package org.allianceplanner.model.geography;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Looks up the import tariff that applies to goods from a country into a market, by the precedence
 * rules of {@link Tariff}. Built once per scenario; immutable and safe to share between threads.
 */
public final class TariffSchedule {
    private final Map<String, String> marketOfCountry = new HashMap<>();
    private final Map<String, Tariff> byKey = new HashMap<>();

    private TariffSchedule(Scenario scenario) {
        for (Country country : scenario.countries()) {
            marketOfCountry.put(country.countryId(), country.marketId());
        }
        for (Tariff tariff : scenario.tariffs()) {
            byKey.putIfAbsent(key(tariff.originCountryId(), tariff.marketId(), tariff.product()), tariff);
        }
    }

    /** The schedule of {@code scenario}'s tariffs table. */
    public static TariffSchedule of(Scenario scenario) {
        return new TariffSchedule(scenario);
    }

    /**
     * The tariff row that applies to {@code product} (a powertrain name or part family id) shipped from
     * {@code originCountryId} into {@code marketId}, or empty when none applies (duty free).
     */
    public Optional<Tariff> applicable(String originCountryId, String marketId, String product) {
        Tariff named = byKey.get(key(originCountryId, marketId, product));
        if (named == null) {
            named = byKey.get(key(originCountryId, marketId, Tariff.ANY));
        }
        if (named != null) {
            return Optional.of(named);
        }
        if (marketId.equals(marketOfCountry.get(originCountryId))) {
            return Optional.empty();
        }
        Tariff any = byKey.get(key(Tariff.ANY, marketId, product));
        if (any == null) {
            any = byKey.get(key(Tariff.ANY, marketId, Tariff.ANY));
        }
        return Optional.ofNullable(any);
    }

    /** The ad-valorem rate that applies, 0 when duty free. */
    public double rate(String originCountryId, String marketId, String product) {
        return applicable(originCountryId, marketId, product).map(Tariff::rate).orElse(0.0);
    }

    private static String key(String origin, String market, String product) {
        return origin + '\u0000' + market + '\u0000' + product;
    }
}
