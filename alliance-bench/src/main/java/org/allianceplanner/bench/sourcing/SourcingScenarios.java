package org.allianceplanner.bench.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.ProductionBaseline;
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
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * Synthetic purchasing scenarios for scaling the sourcing lever: plants with today's production,
 * models whose bills of materials draw on the variants (40 parts a model, each variant in about five
 * models of different partners), suppliers offering each variant in threes with all-units tiers placed
 * around the volumes a partner or the pool buys, shared supplier capacity, part freight and tariffs
 * between a dozen countries, dual-sourcing rules on one family in four, and one commonization option
 * per family pair of variants in five. The same seed gives the same scenario. Not validated on
 * purpose: generation must be cheap at any size; the generator's tests validate small sizes.
 */
public final class SourcingScenarios {
    /** Variants per part family. */
    public static final int VARIANTS_PER_FAMILY = 20;

    private static final int PARTS_PER_MODEL = 40;
    private static final int MODELS_PER_VARIANT = 5;
    private static final int SUPPLIERS_PER_VARIANT = 3;
    private static final int COUNTRIES = 12;

    private SourcingScenarios() {}

    /** A scenario of {@code size}; the same seed gives the same scenario. */
    public static Scenario generate(SourcingSize size, long seed) {
        Random random = new Random(seed);
        List<Market> markets = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        for (int c = 0; c < COUNTRIES; c++) {
            markets.add(new Market("M" + c, "Market " + c, 0, 15 * c));
            countries.add(new Country("C" + c, "Country " + c, "M" + c));
        }
        List<Partner> partners = new ArrayList<>();
        List<Platform> platforms = new ArrayList<>();
        for (int i = 0; i < size.partners(); i++) {
            partners.add(new Partner("P" + i, "Partner " + i, "C" + (i % COUNTRIES), "USD"));
            platforms.add(new Platform("F" + i, "P" + i, "Platform " + i));
        }
        List<Plant> plants = new ArrayList<>();
        for (int p = 0; p < size.plants(); p++) {
            plants.add(new Plant(
                    "PL" + p,
                    "P" + (p % size.partners()),
                    "Plant " + p,
                    "C" + random.nextInt(COUNTRIES),
                    0,
                    0,
                    400_000,
                    1e8,
                    2e8,
                    1,
                    false));
        }
        // Enough models that each variant sits in about MODELS_PER_VARIANT bills of materials.
        int modelCount = Math.max(size.partners(), size.variants() * MODELS_PER_VARIANT / PARTS_PER_MODEL);
        int partsPerModel = Math.min(PARTS_PER_MODEL, size.variants());
        List<VehicleModel> models = new ArrayList<>();
        List<BomLine> bom = new ArrayList<>();
        List<ProductionBaseline> production = new ArrayList<>();
        for (int m = 0; m < modelCount; m++) {
            int owner = m % size.partners();
            models.add(new VehicleModel(
                    "V" + m, "P" + owner, "Model " + m, "F" + owner, "segment", Powertrain.BEV, 2_000, 20_000));
            int first = random.nextInt(size.variants());
            for (int j = 0; j < partsPerModel; j++) {
                // A stride through the variants, so that models share parts across partners.
                int variant = (first + j * (size.variants() / partsPerModel + 1)) % size.variants();
                bom.add(new BomLine("V" + m, "PV" + variant, 1 + random.nextInt(4)));
            }
            int plant = owner + size.partners() * random.nextInt(Math.max(1, size.plants() / size.partners()));
            production.add(new ProductionBaseline(
                    "PL" + Math.min(plant, size.plants() - 1), "V" + m, 20_000 + 10_000 * random.nextInt(20)));
        }
        List<PartFamily> families = new ArrayList<>();
        List<PartVariant> variants = new ArrayList<>();
        List<CommonizationOption> commonization = new ArrayList<>();
        int familyCount = (size.variants() + VARIANTS_PER_FAMILY - 1) / VARIANTS_PER_FAMILY;
        for (int f = 0; f < familyCount; f++) {
            families.add(new PartFamily("PF" + f, "Part family " + f, f % 4 == 0 ? 0.7 : null));
        }
        for (int v = 0; v < size.variants(); v++) {
            int family = v / VARIANTS_PER_FAMILY;
            variants.add(new PartVariant("PV" + v, "PF" + family, "Variant " + v, "piece"));
            if (v % 5 == 1) {
                commonization.add(new CommonizationOption("PV" + v, "PV" + (v - 1), 2e6 + 1e5 * random.nextInt(40)));
            }
        }
        // A variant's yearly volume is about MODELS_PER_VARIANT × 2.5 parts × 115,000 vehicles; tiers
        // start around a quarter of that, so that pooling matters.
        double typicalVolume = MODELS_PER_VARIANT * 2.5 * 115_000;
        List<Supplier> suppliers = new ArrayList<>();
        double capacity = typicalVolume * size.variants() * SUPPLIERS_PER_VARIANT / size.suppliers() * 0.6;
        for (int s = 0; s < size.suppliers(); s++) {
            suppliers.add(new Supplier(
                    "S" + s,
                    "Supplier " + s,
                    "C" + random.nextInt(COUNTRIES),
                    "USD",
                    Math.round(capacity * (0.8 + 0.4 * random.nextDouble()))));
        }
        List<PriceTier> tiers = new ArrayList<>();
        int offersPerVariant = Math.min(SUPPLIERS_PER_VARIANT, size.suppliers());
        // Spread a variant's suppliers over the list; with few suppliers, neighbours (always distinct).
        int stride = (offersPerVariant - 1) * (size.suppliers() / offersPerVariant + 1) < size.suppliers()
                ? size.suppliers() / offersPerVariant + 1
                : 1;
        for (int v = 0; v < size.variants(); v++) {
            double base = 20 + random.nextInt(500);
            int first = random.nextInt(size.suppliers());
            for (int k = 0; k < offersPerVariant; k++) {
                int supplier = (first + k * stride) % size.suppliers();
                double price = base * (0.95 + 0.1 * random.nextDouble());
                double step = typicalVolume * (0.15 + 0.15 * random.nextDouble());
                for (int t = 0; t < size.tiers(); t++) {
                    tiers.add(new PriceTier(
                            "S" + supplier,
                            "PV" + v,
                            Math.round(t * step),
                            Math.round(price * (1 - 0.03 * t) * 100) / 100.0));
                }
            }
        }
        List<PartFreight> freight = new ArrayList<>();
        List<Tariff> tariffs = new ArrayList<>();
        for (int o = 0; o < COUNTRIES; o++) {
            for (int d = 0; d < COUNTRIES; d++) {
                freight.add(
                        new PartFreight("C" + o, "C" + d, PartFreight.ANY, o == d ? 0.5 : 1 + Math.abs(o - d) * 0.5));
            }
            tariffs.add(new Tariff(Tariff.ANY, "M" + o, Tariff.ANY, 0.02 * random.nextInt(4), "synthetic"));
        }
        return Scenario.builder()
                .settings(new ScenarioSettings(
                        "synthetic-sourcing-" + size.partners() + "p-" + size.plants() + "pl-" + size.variants() + "v-"
                                + size.suppliers() + "s-" + size.tiers() + "t",
                        "Synthetic purchasing scenario generated with seed " + seed + ".",
                        "USD",
                        0.3,
                        8,
                        0.08,
                        SolverSettings.DEFAULTS))
                .partners(partners)
                .markets(markets)
                .countries(countries)
                .plants(plants)
                .platforms(platforms)
                .vehicleModels(models)
                .bomLines(bom)
                .productionBaselines(production)
                .partFamilies(families)
                .partVariants(variants)
                .suppliers(suppliers)
                .priceTiers(tiers)
                .partFreights(freight)
                .tariffs(tariffs)
                .commonizationOptions(commonization)
                .build();
    }
}
