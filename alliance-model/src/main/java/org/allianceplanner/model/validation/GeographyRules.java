package org.allianceplanner.model.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.vehicle.Powertrain;

/** Rules of markets, countries, vehicle freight lanes and import tariffs. */
final class GeographyRules {
    /**
     * Highest plausible tariff rate. Real rates of 100 % and more exist, so the limit is well above
     * 1; a larger figure is almost surely a percentage.
     */
    static final double MAX_TARIFF_RATE = 5;

    private GeographyRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        findings.rows(Table.MARKETS, scenario.markets(), (row, market) -> {
            row.uniqueId("market_id", market.marketId(), index.markets());
            row.latitude("latitude", market.latitude());
            row.longitude("longitude", market.longitude());
        });
        findings.rows(Table.COUNTRIES, scenario.countries(), (row, country) -> {
            row.uniqueId("country_id", country.countryId(), index.countries());
            row.references("market_id", country.marketId(), index.markets());
        });

        UniqueKeys<FreightLane> laneKeys = UniqueKeys.of(
                scenario.freightLanes(),
                List.of("origin_country_id", "market_id"),
                lane -> List.of(lane.originCountryId(), lane.marketId()));
        findings.rows(Table.FREIGHT, scenario.freightLanes(), (row, lane) -> {
            laneKeys.check(row, lane);
            row.references("origin_country_id", lane.originCountryId(), index.countries());
            row.references("market_id", lane.marketId(), index.markets());
            if (row.nonNegative("cost_per_unit", lane.costPerUnit())) {
                row.plausible("cost_per_unit", lane.costPerUnit(), PlausibleRanges.FREIGHT_PER_UNIT);
            }
            if (row.atLeast("transit_days", lane.transitDays(), 0)) {
                row.plausible("transit_days", lane.transitDays(), PlausibleRanges.TRANSIT_DAYS);
            }
        });

        UniqueKeys<Tariff> tariffKeys = UniqueKeys.of(
                scenario.tariffs(),
                List.of("origin_country_id", "market_id", "product"),
                tariff -> List.of(tariff.originCountryId(), tariff.marketId(), tariff.product()));
        findings.rows(Table.TARIFFS, scenario.tariffs(), (row, tariff) -> {
            tariffKeys.check(row, tariff);
            if (!tariff.originCountryId().equals(Tariff.ANY)) {
                row.references("origin_country_id", tariff.originCountryId(), index.countries());
            }
            row.references("market_id", tariff.marketId(), index.markets());
            checkProduct(row, tariff.product(), index);
            double rate = tariff.rate();
            row.between(
                    "rate",
                    rate,
                    0,
                    MAX_TARIFF_RATE,
                    rate > MAX_TARIFF_RATE && rate <= 100 * MAX_TARIFF_RATE ? Numbers.percentageHint(rate) : null);
        });
    }

    private static void checkProduct(Row row, String product, ScenarioIndex index) {
        if (!row.present("product", product)) {
            return;
        }
        List<String> powertrains =
                Arrays.stream(Powertrain.values()).map(Powertrain::name).toList();
        if (product.equals(Tariff.ANY)
                || powertrains.contains(product)
                || index.partFamilies().contains(product)) {
            return;
        }
        List<String> products = new ArrayList<>(powertrains);
        products.addAll(index.partFamilies().all());
        row.report(
                "product",
                product,
                "Unknown product '" + product + "': a tariff's product is a powertrain ("
                        + String.join(", ", powertrains) + "), a part family id or " + Tariff.ANY + ".",
                Row.meant(Ids.nearest(product, products)));
    }
}
