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
import org.allianceplanner.model.plant.ProductionBaseline;
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
 * Small random footprint scenarios for property tests: 2–3 partners (one in EUR), each with 1–3
 * plants (some closable, some with possible lines of a partner's platform), 1–3 models, 3 markets with
 * patchy dealer coverage, tariffs and freight. The same seed always gives the same scenario. {@link
 * #sourcing} adds today's production and the sourcing tables. R&amp;D tables are empty.
 */
public final class RandomScenarios {
    private static final Powertrain[] POWERTRAINS = Powertrain.values();

    private RandomScenarios() {}

    /** A random footprint scenario; the same seed gives the same scenario. */
    public static Scenario footprint(long seed) {
        Random random = new Random(seed);
        return footprint(seed, random, 2 + random.nextInt(2), 3, 3, 3);
    }

    /**
     * A random footprint scenario as {@link #footprint(long)}, but with {@code partnerCount} partners, for
     * studies of many partners; the same seed and count give the same scenario.
     */
    public static Scenario footprint(long seed, int partnerCount) {
        if (partnerCount < 2) {
            throw new IllegalArgumentException(
                    "A random scenario needs at least 2 partners, not " + partnerCount + ".");
        }
        return footprint(seed, new Random(seed), partnerCount, 3, 3, 3);
    }

    /**
     * A random footprint scenario a few times larger than {@link #footprint(long)}: 8 markets, up to 8
     * plants and 8 models per partner, some hundred demand rows and about a thousand routes, with
     * demand well above capacity. Large enough that a solver working on part of the routes has to
     * find the rest.
     */
    public static Scenario largerFootprint(long seed) {
        Random random = new Random(seed);
        return footprint(seed, random, 2 + random.nextInt(2), 8, 8, 8);
    }

    private static Scenario footprint(
            long seed,
            Random random,
            int partnerCount,
            int marketCount,
            int maxPlantsPerPartner,
            int maxModelsPerPartner) {
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

    /**
     * A random footprint scenario with today's production, bills of materials and the sourcing tables:
     * cell and drive-unit variants, suppliers in the scenario's countries (one in EUR) with capacity and
     * 1–3 all-units tiers per variant placed near the volumes the plants need, part freight on every
     * lane, part tariffs, a dual-sourcing rule on some seeds, and commonization options (sometimes
     * chained). Every variant has at least two suppliers with room for all of it.
     *
     * @param tiny when true: one part family of two variants, three suppliers, at most two tiers per
     *     offer — small enough to enumerate every tier and commonization choice
     */
    public static Scenario sourcing(long seed, boolean tiny) {
        Scenario footprint = footprint(seed);
        Random random = new Random(seed * 31 + 7);
        List<ProductionBaseline> production = new ArrayList<>();
        List<BomLine> bom = new ArrayList<>();
        List<String> cellVariants = tiny ? List.of("c0", "c1") : List.of("c0", "c1", "c2");
        List<String> driveVariants = tiny ? List.of() : List.of("d0", "d1");
        for (VehicleModel model : footprint.vehicleModels()) {
            bom.add(new BomLine(
                    model.modelId(),
                    cellVariants.get(random.nextInt(cellVariants.size())),
                    20 + 10 * random.nextInt(7)));
            if (!driveVariants.isEmpty()) {
                bom.add(new BomLine(
                        model.modelId(),
                        driveVariants.get(random.nextInt(driveVariants.size())),
                        1 + random.nextInt(2)));
            }
        }
        for (Plant plant : footprint.plants()) {
            for (VehicleModel model : footprint.vehicleModels()) {
                if (model.partnerId().equals(plant.partnerId()) && random.nextBoolean()) {
                    production.add(new ProductionBaseline(
                            plant.plantId(), model.modelId(), 5_000 + 5_000 * random.nextInt(8)));
                }
            }
        }
        double[] need = new double[cellVariants.size() + driveVariants.size()];
        List<String> variantIds = new ArrayList<>(cellVariants);
        variantIds.addAll(driveVariants);
        for (ProductionBaseline row : production) {
            for (BomLine line : bom) {
                if (line.modelId().equals(row.modelId())) {
                    need[variantIds.indexOf(line.variantId())] += row.unitsPerYear() * line.quantityPerVehicle();
                }
            }
        }
        List<PartFamily> families = new ArrayList<>();
        families.add(new PartFamily("cells", "Cells", random.nextInt(3) == 0 ? 0.6 : null));
        List<PartVariant> variants = new ArrayList<>();
        for (String id : cellVariants) {
            variants.add(new PartVariant(id, "cells", "Cell " + id, "kWh"));
        }
        if (!driveVariants.isEmpty()) {
            families.add(new PartFamily("drive", "Drive units", null));
            for (String id : driveVariants) {
                variants.add(new PartVariant(id, "drive", "Drive unit " + id, "piece"));
            }
        }
        List<Country> countries = footprint.countries();
        int supplierCount = tiny ? 3 : 5;
        double totalNeed = 0;
        for (double units : need) {
            totalNeed += units;
        }
        List<Supplier> suppliers = new ArrayList<>();
        for (int s = 0; s < supplierCount; s++) {
            suppliers.add(new Supplier(
                    "S" + s,
                    "Supplier " + s,
                    countries.get(random.nextInt(countries.size())).countryId(),
                    s == 1 ? "EUR" : "USD",
                    Math.ceil(totalNeed * (0.6 + 0.2 * random.nextInt(4)) + 1_000)));
        }
        List<PriceTier> tiers = new ArrayList<>();
        int maxTiers = tiny ? 2 : 3;
        for (int v = 0; v < variantIds.size(); v++) {
            // Two suppliers always, a third sometimes; enough capacity between them for the variant.
            List<Integer> offering = new ArrayList<>();
            int first = random.nextInt(supplierCount);
            offering.add(first);
            offering.add((first + 1 + random.nextInt(supplierCount - 1)) % supplierCount);
            if (!tiny && random.nextBoolean()) {
                int third = random.nextInt(supplierCount);
                if (!offering.contains(third)) {
                    offering.add(third);
                }
            }
            double base = v < cellVariants.size() ? 90 + 5 * random.nextInt(6) : 1_200 + 50 * random.nextInt(6);
            for (int s : offering) {
                int tierCount = 1 + random.nextInt(maxTiers);
                double price = base * (0.9 + 0.05 * random.nextInt(5));
                double min = 0;
                for (int t = 0; t < tierCount; t++) {
                    tiers.add(new PriceTier("S" + s, variantIds.get(v), min, s == 1 ? price / 1.1 : price));
                    min += Math.max(1, Math.round(need[v] * (0.2 + 0.2 * random.nextInt(4))));
                    price *= 0.9 + 0.02 * random.nextInt(4);
                }
            }
        }
        List<PartFreight> partFreight = new ArrayList<>();
        for (Country origin : countries) {
            for (Country destination : countries) {
                boolean home = origin.countryId().equals(destination.countryId());
                partFreight.add(new PartFreight(
                        origin.countryId(),
                        destination.countryId(),
                        PartFreight.ANY,
                        home ? 0.5 : 1 + random.nextInt(4)));
            }
        }
        List<Tariff> tariffs = new ArrayList<>(footprint.tariffs());
        for (Country destination : countries) {
            tariffs.add(new Tariff(
                    Tariff.ANY, destination.marketId(), "cells", 0.02 * random.nextInt(4), "random duty on cells"));
        }
        List<CommonizationOption> commonization = new ArrayList<>();
        commonization.add(new CommonizationOption("c0", "c1", 1_000_000 * (1 + random.nextInt(30))));
        if (random.nextBoolean()) {
            commonization.add(new CommonizationOption("c1", "c0", 1_000_000 * (1 + random.nextInt(30))));
        }
        if (!tiny) {
            commonization.add(new CommonizationOption("c2", "c1", 1_000_000 * (1 + random.nextInt(30))));
            commonization.add(new CommonizationOption("d1", "d0", 1_000_000 * (1 + random.nextInt(30))));
        }
        return footprint.toBuilder()
                .productionBaselines(production)
                .bomLines(bom)
                .partFamilies(families)
                .partVariants(variants)
                .suppliers(suppliers)
                .priceTiers(tiers)
                .partFreights(partFreight)
                .tariffs(tariffs)
                .commonizationOptions(commonization)
                .build();
    }
}
