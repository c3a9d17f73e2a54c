package org.allianceplanner.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.vehicle.BomLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;

/** Rules of vehicle models, their bills of materials and their demand per market. */
final class VehicleRules {
    /** About the whole yearly vehicle market of China, the largest there is; one model cannot sell more in one market. */
    static final double MAX_DEMAND_UNITS_PER_YEAR = 30_000_000;

    /** Far above the dearest series car; a larger price or cost per vehicle is a typo or a wrong currency. */
    static final double MAX_MONEY_PER_VEHICLE = 5_000_000;

    private VehicleRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        findings.rows(Table.MODELS, scenario.vehicleModels(), (row, model) -> {
            row.uniqueId("model_id", model.modelId(), index.models());
            row.references("partner_id", model.partnerId(), index.partners());
            row.references("platform_id", model.platformId(), index.platforms());
            if (row.nonNegative("conversion_cost_per_unit", model.conversionCostPerUnit())) {
                checkPlausibleMoney(row, "conversion_cost_per_unit", model.conversionCostPerUnit(), model, index);
            }
            if (row.nonNegative("material_cost_per_unit", model.materialCostPerUnit())) {
                checkPlausibleMoney(row, "material_cost_per_unit", model.materialCostPerUnit(), model, index);
            }
        });

        UniqueKeys<BomLine> bomKeys = UniqueKeys.of(
                scenario.bomLines(), List.of("model_id", "variant_id"), bom -> List.of(bom.modelId(), bom.variantId()));
        findings.rows(Table.BOM, scenario.bomLines(), (row, bom) -> {
            bomKeys.check(row, bom);
            row.references("model_id", bom.modelId(), index.models());
            row.references("variant_id", bom.variantId(), index.variants());
            if (row.positive("quantity_per_vehicle", bom.quantityPerVehicle())) {
                row.plausible("quantity_per_vehicle", bom.quantityPerVehicle(), PlausibleRanges.QUANTITY_PER_VEHICLE);
            }
        });

        Set<String> platformsWithLine = new HashSet<>();
        scenario.platformLines().stream().map(PlatformLine::platformId).forEach(platformsWithLine::add);
        UniqueKeys<Demand> demandKeys = UniqueKeys.of(
                scenario.demands(),
                List.of("model_id", "market_id"),
                demand -> List.of(demand.modelId(), demand.marketId()));
        findings.rows(Table.DEMAND, scenario.demands(), (row, demand) -> {
            demandKeys.check(row, demand);
            row.references("model_id", demand.modelId(), index.models());
            row.references("market_id", demand.marketId(), index.markets());
            VehicleModel model = index.model(demand.modelId());
            if (model != null
                    && index.platforms().contains(model.platformId())
                    && !platformsWithLine.contains(model.platformId())) {
                row.report(
                        "model_id",
                        demand.modelId(),
                        "No plant could ever build " + model.modelId() + ": platform " + model.platformId()
                                + " has no existing or possible line at any plant.",
                        "Maybe add a line for platform " + model.platformId() + " to platform_lines.");
            }
            if (row.nonNegative("units_per_year", demand.unitsPerYear())
                    && demand.unitsPerYear() > MAX_DEMAND_UNITS_PER_YEAR) {
                row.report(
                        "units_per_year",
                        Numbers.text(demand.unitsPerYear()),
                        "units_per_year of " + Numbers.grouped(demand.unitsPerYear())
                                + " is more than any market buys: the plausible maximum is "
                                + Numbers.grouped(MAX_DEMAND_UNITS_PER_YEAR)
                                + " vehicles per year for one model in one market.");
            }
            if (row.positive("net_price_per_unit", demand.netPricePerUnit()) && model != null) {
                checkPlausibleMoney(row, "net_price_per_unit", demand.netPricePerUnit(), model, index);
            }
        });
    }

    /**
     * Reports a money figure per vehicle, in the model owner's currency, that is above {@link
     * #MAX_MONEY_PER_VEHICLE} in the base currency. Without a usable rate the figure cannot be judged:
     * the missing rate is reported on its own, and comparing yen with dollars would flag every price.
     */
    private static void checkPlausibleMoney(
            Row row, String column, double amount, VehicleModel model, ScenarioIndex index) {
        Partner owner = index.partner(model.partnerId());
        String currency = owner == null ? index.baseCurrency() : owner.currency();
        Double basePerUnit = index.basePerUnit(currency);
        if (basePerUnit == null || amount * basePerUnit <= MAX_MONEY_PER_VEHICLE) {
            return;
        }
        double inBase = amount * basePerUnit;
        String converted = currency.equals(index.baseCurrency())
                ? ""
                : " (" + Numbers.grouped(inBase) + " " + index.baseCurrency() + ")";
        row.report(
                column,
                Numbers.text(amount),
                column + " of " + Numbers.grouped(amount) + " " + currency + converted
                        + " per vehicle is not plausible: the maximum is " + Numbers.grouped(MAX_MONEY_PER_VEHICLE)
                        + " " + index.baseCurrency() + " per vehicle.");
    }
}
