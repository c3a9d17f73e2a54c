package org.allianceplanner.io.workbook;

import java.util.List;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.plant.ProductionBaseline;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.scenario.FxRate;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.vehicle.BomLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * A small, consistent scenario with at least one row in every table, and the values a workbook could
 * get wrong: fractions with no exact binary form (0.1, 0.0067), tiny and huge numbers (1e-4, 3.2e10), a
 * seed beyond the whole numbers a double holds, ids that look like numbers, empty optional cells and
 * non-ASCII text. A local stand-in until the shared test kit lands.
 */
final class EveryTableScenario {
    /** Row 3 of the plants sheet is the second plant. */
    static final String SECOND_PLANT = "tesla-fremont";

    private EveryTableScenario() {}

    static Scenario build() {
        return Scenario.builder()
                .settings(new ScenarioSettings(
                        "nissan-tesla",
                        "Illustrative figures – not real data; “quotes” and 日本語 survive.",
                        "USD",
                        0.3,
                        8,
                        0.08,
                        new SolverSettings(60, 1e-4, 9_007_199_254_740_993L)))
                .partners(List.of(
                        new Partner("nissan", "Nissan", "JP", "JPY"), new Partner("tesla", "Tesla", "US", "USD")))
                .markets(List.of(
                        new Market("US", "United States", 39.8, -98.6), new Market("JP", "Japan", 36.2, 138.25)))
                .countries(List.of(
                        new Country("US", "United States", "US"),
                        new Country("JP", "Japan", "JP"),
                        new Country("MX", "Mexico", "US")))
                .plants(List.of(
                        new Plant(
                                "nissan-smyrna",
                                "nissan",
                                "Smyrna Vehicle Assembly",
                                "US",
                                35.96,
                                -86.53,
                                640_000,
                                3.2e10,
                                4.8e10,
                                0.95,
                                true),
                        new Plant(
                                SECOND_PLANT,
                                "tesla",
                                "Fremont Factory",
                                "US",
                                37.4937,
                                -121.9446,
                                650_000,
                                1.2e9,
                                0,
                                1.1,
                                false)))
                .platforms(
                        List.of(new Platform("cmf-ev", "nissan", "CMF-EV"), new Platform("007", "tesla", "Model 3/Y")))
                .platformLines(List.of(
                        new PlatformLine("nissan-smyrna", "cmf-ev", LineStatus.POSSIBLE, 150_000, 6e9, 7.5e10, 24),
                        new PlatformLine(SECOND_PLANT, "007", LineStatus.EXISTING, 500_000, 4e8, 0, 0)))
                .productionBaselines(List.of(new ProductionBaseline(SECOND_PLANT, "tesla-model-y", 400_000)))
                .vehicleModels(List.of(
                        new VehicleModel(
                                "nissan-ariya",
                                "nissan",
                                "Ariya",
                                "cmf-ev",
                                "C/D SUV",
                                Powertrain.BEV,
                                450_000,
                                3_600_000),
                        new VehicleModel(
                                "tesla-model-y",
                                "tesla",
                                "Model Y",
                                "007",
                                "C SUV",
                                Powertrain.BEV,
                                3_000.5,
                                27_500.25)))
                .bomLines(List.of(
                        new BomLine("nissan-ariya", "cell-nmc", 87), new BomLine("tesla-model-y", "cell-lfp", 75.5)))
                .demands(List.of(
                        new Demand("nissan-ariya", "US", 30_000, 5_400_000),
                        new Demand("tesla-model-y", "US", 350_000, 41_990.99),
                        new Demand("tesla-model-y", "JP", 8_000, 42_000)))
                .dealerCoverages(
                        List.of(new DealerCoverage("nissan", "US", 0.9, 0.06), new DealerCoverage("tesla", "US", 1, 0)))
                .freightLanes(List.of(new FreightLane("US", "JP", 1_800, 21), new FreightLane("MX", "US", 900, 6)))
                .tariffs(List.of(
                        new Tariff("JP", "US", Tariff.ANY, 0.15, "US-Japan deal, Sep 2025"),
                        new Tariff("MX", "US", "BEV", 0.25, ""),
                        new Tariff(Tariff.ANY, "JP", "battery-cells", 0.1, "")))
                .partFamilies(List.of(new PartFamily("battery-cells", "Battery cells", 0.7)))
                .partVariants(List.of(
                        new PartVariant("cell-nmc", "battery-cells", "NMC pouch cell", "kWh"),
                        new PartVariant("cell-lfp", "battery-cells", "LFP prismatic cell", "kWh")))
                .suppliers(List.of(new Supplier("aesc-smyrna", "AESC Smyrna", "US", "USD", 17_700_000)))
                .priceTiers(List.of(
                        new PriceTier("aesc-smyrna", "cell-nmc", 0, 98),
                        new PriceTier("aesc-smyrna", "cell-nmc", 5_000_000, 91.25),
                        new PriceTier("aesc-smyrna", "cell-lfp", 0, 70)))
                .partFreights(List.of(
                        new PartFreight("US", "JP", PartFreight.ANY, 2.5),
                        new PartFreight("US", "US", "battery-cells", 0.1)))
                .commonizationOptions(List.of(new CommonizationOption("cell-nmc", "cell-lfp", 1.2e8)))
                .rndPrograms(List.of(new RndProgram("nissan-ev", "nissan", "Next EV platform", 9e9)))
                .rndTasks(List.of(
                        new RndTask("nissan-ev", "T1", "Cell chemistry", 6, List.of(), "solid-state-cells"),
                        new RndTask("nissan-ev", "T2", "Pack design", 4, List.of(), null),
                        new RndTask("nissan-ev", "T3", "Pack integration", 5, List.of("T1", "T2"), null)))
                .rndTaskNeeds(List.of(
                        new RndTaskNeed("nissan-ev", "T1", "battery-systems", 2),
                        new RndTaskNeed("nissan-ev", "T3", "battery-systems", 1)))
                .rndTeams(List.of(
                        new RndTeam("nissan", "battery-systems", 4), new RndTeam("tesla", "battery-systems", 6)))
                .frictions(List.of(new Friction("nissan", "tesla", 0.35)))
                .candidateCoalitions(List.of(new CandidateCoalition("nissan-tesla", List.of("nissan", "tesla"))))
                .fxRates(List.of(new FxRate("JPY", 0.0067)))
                .build();
    }
}
