package org.allianceplanner.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.FxRate;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * Small random footprint scenarios for property tests: 2–3 partners (one in EUR), each with 1–3
 * plants (some closable, some with possible lines of a partner's platform), 1–3 models, 3 markets with
 * patchy dealer coverage, tariffs and freight. The same seed always gives the same scenario. Sourcing
 * and R&amp;D tables are empty.
 */
public final class RandomScenarios {
    private static final Powertrain[] POWERTRAINS = Powertrain.values();

    private RandomScenarios() {}

    /** A random footprint scenario; the same seed gives the same scenario. */
    public static Scenario footprint(long seed) {
        return footprint(seed, 3, 3, 3);
    }

    /**
     * A random footprint scenario a few times larger than {@link #footprint(long)}: 8 markets, up to 8
     * plants and 8 models per partner, some hundred demand rows and about a thousand routes, with
     * demand well above capacity. Large enough that a solver working on part of the routes has to
     * find the rest.
     */
    public static Scenario largerFootprint(long seed) {
        return footprint(seed, 8, 8, 8);
    }

    private static Scenario footprint(long seed, int marketCount, int maxPlantsPerPartner, int maxModelsPerPartner) {
        Random random = new Random(seed);
        int partnerCount = 2 + random.nextInt(2);
        List<Market> markets = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        for (int k = 0; k < marketCount; k++) {
            markets.add(new Market("M" + k, "Market " + k, 10 * k, 20 * k));
            countries.add(new Country("C" + k, "Country " + k, "M" + k));
        }
        List<Partner> partners = new ArrayList<>();
        List<Platform> platforms = new ArrayList<>();
        for (int i = 0; i < partnerCount; i++) {
            partners.add(new Partner("P" + i, "Partner " + i, "C" + (i % marketCount), i == 1 ? "EUR" : "USD"));
            platforms.add(new Platform("F" + i, "P" + i, "Platform " + i));
        }
        List<Plant> plants = new ArrayList<>();
        List<PlatformLine> lines = new ArrayList<>();
        List<VehicleModel> models = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        List<DealerCoverage> dealers = new ArrayList<>();
        for (int i = 0; i < partnerCount; i++) {
            int plantCount = 1 + random.nextInt(maxPlantsPerPartner);
            for (int j = 0; j < plantCount; j++) {
                String plantId = "P" + i + "-PL" + j;
                double capacity = 20_000 + 10_000 * random.nextInt(8);
                plants.add(new Plant(
                        plantId,
                        "P" + i,
                        "Plant " + i + "." + j,
                        "C" + random.nextInt(marketCount),
                        0,
                        0,
                        capacity,
                        1_000_000 + 500_000 * random.nextInt(20),
                        2_000_000 * random.nextInt(5),
                        0.8 + 0.1 * random.nextInt(5),
                        random.nextBoolean()));
                lines.add(new PlatformLine(
                        plantId, "F" + i, LineStatus.EXISTING, capacity, 250_000 * random.nextInt(4), 0, 0));
                int other = (i + 1 + random.nextInt(partnerCount - 1)) % partnerCount;
                if (random.nextBoolean()) {
                    lines.add(new PlatformLine(
                            plantId,
                            "F" + other,
                            LineStatus.POSSIBLE,
                            capacity / 2,
                            500_000,
                            1_000_000 * (1 + random.nextInt(20)),
                            12));
                }
            }
            int modelCount = 1 + random.nextInt(maxModelsPerPartner);
            for (int m = 0; m < modelCount; m++) {
                String modelId = "P" + i + "-V" + m;
                models.add(new VehicleModel(
                        modelId,
                        "P" + i,
                        "Model " + i + "." + m,
                        "F" + i,
                        "segment",
                        POWERTRAINS[random.nextInt(POWERTRAINS.length)],
                        1_500 + 100 * random.nextInt(20),
                        6_000 + 500 * random.nextInt(10)));
                for (int k = 0; k < marketCount; k++) {
                    if (random.nextInt(4) > 0) {
                        demands.add(new Demand(
                                modelId,
                                "M" + k,
                                1_000 * (1 + random.nextInt(40)),
                                15_000 + 1_000 * random.nextInt(30)));
                    }
                }
            }
            for (int k = 0; k < marketCount; k++) {
                if (random.nextInt(3) > 0) {
                    dealers.add(new DealerCoverage(
                            "P" + i, "M" + k, 0.1 * (1 + random.nextInt(10)), 0.04 + 0.01 * random.nextInt(5)));
                }
            }
        }
        List<FreightLane> freight = new ArrayList<>();
        List<Tariff> tariffs = new ArrayList<>();
        for (int c = 0; c < marketCount; c++) {
            for (int k = 0; k < marketCount; k++) {
                if (c == k || random.nextInt(5) > 0) {
                    freight.add(new FreightLane("C" + c, "M" + k, c == k ? 300 : 800 + 100 * random.nextInt(20), 10));
                }
            }
        }
        for (int k = 0; k < marketCount; k++) {
            tariffs.add(new Tariff(Tariff.ANY, "M" + k, Tariff.ANY, 0.05 * random.nextInt(6), "random"));
            tariffs.add(new Tariff("C" + ((k + 1) % marketCount), "M" + k, "BEV", 0.3, "random duty on BEVs"));
        }
        return Scenario.builder()
                .settings(new ScenarioSettings(
                        "random-" + seed,
                        "Random footprint scenario, seed " + seed + ".",
                        TestScenarios.BASE_CURRENCY,
                        0.3,
                        5,
                        0.05,
                        SolverSettings.DEFAULTS))
                .partners(partners)
                .markets(markets)
                .countries(countries)
                .plants(plants)
                .platforms(platforms)
                .platformLines(lines)
                .vehicleModels(models)
                .demands(demands)
                .dealerCoverages(dealers)
                .freightLanes(freight)
                .tariffs(tariffs)
                .fxRates(List.of(new FxRate("EUR", 1.1)))
                .build();
    }
}
