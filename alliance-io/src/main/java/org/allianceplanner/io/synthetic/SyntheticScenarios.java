package org.allianceplanner.io.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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
 * Generates valid alliance scenarios of a given size from a seed: the same size and seed always give
 * the same scenario. Plants stand in at most 60 countries (freight lanes grow as countries × markets);
 * every platform has a line somewhere, every model some demand; money is in USD.
 */
public final class SyntheticScenarios {
    private static final int PLATFORMS_PER_PARTNER = 3;
    private static final int MAX_PLANT_COUNTRIES = 60;
    private static final Powertrain[] POWERTRAINS = Powertrain.values();

    private SyntheticScenarios() {}

    /** A valid scenario of {@code size}, the same for the same seed. */
    public static Scenario generate(ScenarioSize size, long seed) {
        Random random = new Random(seed);
        Scenario.Builder scenario = Scenario.builder()
                .settings(new ScenarioSettings(
                        "synthetic-" + size.partners() + "p-" + size.plants() + "pl-" + size.models() + "m-"
                                + size.markets() + "mk-" + size.demandRecords() + "d",
                        "Synthetic alliance scenario generated with seed " + seed + ".",
                        "USD",
                        0.3,
                        8,
                        0.08,
                        SolverSettings.DEFAULTS));

        List<Market> markets = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        for (int k = 0; k < size.markets(); k++) {
            markets.add(new Market(
                    "M" + k, "Market " + k, -60 + 120 * random.nextDouble(), -180 + 360 * random.nextDouble()));
            countries.add(new Country("C" + k, "Country " + k, "M" + k));
        }
        int plantCountries = Math.min(size.markets(), MAX_PLANT_COUNTRIES);

        List<Partner> partners = new ArrayList<>();
        List<Platform> platforms = new ArrayList<>();
        for (int i = 0; i < size.partners(); i++) {
            partners.add(new Partner("P" + i, "Partner " + i, "C" + (i % plantCountries), "USD"));
            for (int f = 0; f < PLATFORMS_PER_PARTNER; f++) {
                platforms.add(new Platform(platformId(i, f), "P" + i, "Platform " + i + "." + f));
            }
        }

        List<Plant> plants = new ArrayList<>();
        List<PlatformLine> lines = new ArrayList<>();
        for (int p = 0; p < size.plants(); p++) {
            int owner = p % size.partners();
            double capacity = 100_000 + 20_000 * random.nextInt(16);
            plants.add(new Plant(
                    "PL" + p,
                    "P" + owner,
                    "Plant " + p,
                    "C" + random.nextInt(plantCountries),
                    -60 + 120 * random.nextDouble(),
                    -180 + 360 * random.nextDouble(),
                    capacity,
                    capacity * (150 + random.nextInt(100)),
                    capacity * (300 + random.nextInt(200)),
                    0.8 + 0.4 * random.nextDouble(),
                    random.nextInt(4) == 0));
            int ownPlatform = (p / size.partners()) % PLATFORMS_PER_PARTNER;
            lines.add(new PlatformLine(
                    "PL" + p,
                    platformId(owner, ownPlatform),
                    LineStatus.EXISTING,
                    capacity * 0.6,
                    capacity * 40,
                    0,
                    0));
            lines.add(new PlatformLine(
                    "PL" + p,
                    platformId(owner, (ownPlatform + 1) % PLATFORMS_PER_PARTNER),
                    LineStatus.EXISTING,
                    capacity * 0.4,
                    capacity * 40,
                    0,
                    0));
            if (size.partners() > 1) {
                int other = (owner + 1 + random.nextInt(size.partners() - 1)) % size.partners();
                lines.add(new PlatformLine(
                        "PL" + p,
                        platformId(other, random.nextInt(PLATFORMS_PER_PARTNER)),
                        LineStatus.POSSIBLE,
                        capacity * 0.5,
                        capacity * 40,
                        capacity * 900,
                        12 + random.nextInt(25)));
            }
        }

        List<VehicleModel> models = new ArrayList<>();
        List<BomLine> bom = new ArrayList<>();
        for (int m = 0; m < size.models(); m++) {
            int owner = m % size.partners();
            Powertrain powertrain = POWERTRAINS[random.nextInt(POWERTRAINS.length)];
            models.add(new VehicleModel(
                    "V" + m,
                    "P" + owner,
                    "Model " + m,
                    platformId(owner, (m / size.partners()) % PLATFORMS_PER_PARTNER),
                    "segment " + (char) ('A' + random.nextInt(5)),
                    powertrain,
                    1_500 + 1_500 * random.nextDouble(),
                    8_000 + 8_000 * random.nextDouble()));
            bom.add(new BomLine("V" + m, "DU" + owner % 3, 1));
            if (powertrain == Powertrain.BEV || powertrain == Powertrain.PHEV) {
                bom.add(new BomLine("V" + m, "CELL" + random.nextInt(2), powertrain == Powertrain.BEV ? 70 : 18));
            }
        }

        List<Demand> demands = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        for (int m = 0; m < size.models(); m++) {
            addDemand(demands, pairs, m, random.nextInt(size.markets()), size, random);
        }
        while (demands.size() < size.demandRecords()) {
            addDemand(demands, pairs, random.nextInt(size.models()), random.nextInt(size.markets()), size, random);
        }

        List<DealerCoverage> dealers = new ArrayList<>();
        for (int i = 0; i < size.partners(); i++) {
            for (int k = 0; k < size.markets(); k++) {
                dealers.add(new DealerCoverage("P" + i, "M" + k, round(0.2 + 0.8 * random.nextDouble()), 0.06));
            }
        }
        List<FreightLane> freight = new ArrayList<>();
        List<Tariff> tariffs = new ArrayList<>();
        for (int k = 0; k < size.markets(); k++) {
            tariffs.add(
                    new Tariff(Tariff.ANY, "M" + k, Tariff.ANY, round(0.25 * random.nextDouble()), "synthetic MFN"));
            for (int c = 0; c < plantCountries; c++) {
                freight.add(new FreightLane(
                        "C" + c,
                        "M" + k,
                        c == k ? 200 : 500 + random.nextInt(2_000),
                        c == k ? 3 : 10 + random.nextInt(30)));
            }
        }

        scenario.partners(partners)
                .markets(markets)
                .countries(countries)
                .plants(plants)
                .platforms(platforms)
                .platformLines(lines)
                .productionBaselines(baseline(plants, models, size))
                .vehicleModels(models)
                .bomLines(bom)
                .demands(demands)
                .dealerCoverages(dealers)
                .freightLanes(freight)
                .tariffs(tariffs);
        addSourcing(scenario, plantCountries);
        addRnd(scenario, size.partners());
        return scenario.build();
    }

    private static void addDemand(
            List<Demand> demands, Set<Long> pairs, int model, int market, ScenarioSize size, Random random) {
        if (pairs.add((long) model * size.markets() + market)) {
            demands.add(new Demand(
                    "V" + model, "M" + market, 100 + random.nextInt(20_000), 22_000 + 40_000 * random.nextDouble()));
        }
    }

    private static List<ProductionBaseline> baseline(List<Plant> plants, List<VehicleModel> models, ScenarioSize size) {
        List<ProductionBaseline> baseline = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            int owner = m % size.partners();
            int plant =
                    owner + size.partners() * ((m / size.partners()) % Math.max(1, plants.size() / size.partners()));
            if (plant < plants.size()) {
                baseline.add(new ProductionBaseline("PL" + plant, "V" + m, 10_000));
            }
        }
        return baseline;
    }

    private static void addSourcing(Scenario.Builder scenario, int plantCountries) {
        List<PartFamily> families = List.of(
                new PartFamily("cells", "Battery cells", 0.7), new PartFamily("drive-units", "Drive units", null));
        List<PartVariant> variants = new ArrayList<>();
        List<Supplier> suppliers = new ArrayList<>();
        List<PriceTier> tiers = new ArrayList<>();
        for (int v = 0; v < 2; v++) {
            variants.add(new PartVariant("CELL" + v, "cells", "Cell chemistry " + v, "kWh"));
        }
        for (int v = 0; v < 3; v++) {
            variants.add(new PartVariant("DU" + v, "drive-units", "Drive unit " + v, "piece"));
        }
        for (int s = 0; s < 6; s++) {
            boolean cells = s < 3;
            suppliers.add(new Supplier("S" + s, "Supplier " + s, "C" + (s % plantCountries), "USD", cells ? 3e9 : 5e6));
            for (PartVariant variant : variants) {
                if (variant.partFamilyId().equals(cells ? "cells" : "drive-units")) {
                    double base = cells ? 110 : 1_800;
                    double step = cells ? 5e7 : 2e5;
                    for (int t = 0; t < 4; t++) {
                        tiers.add(new PriceTier("S" + s, variant.variantId(), t * step, round(base * (1 - 0.04 * t))));
                    }
                }
            }
        }
        List<PartFreight> partFreight = new ArrayList<>();
        // Every supplier's country ships to every plant country.
        for (int s = 0; s < suppliers.size(); s++) {
            for (int c = 0; c < plantCountries; c++) {
                partFreight.add(new PartFreight("C" + (s % plantCountries), "C" + c, PartFreight.ANY, 2));
            }
        }
        scenario.partFamilies(families)
                .partVariants(variants)
                .suppliers(suppliers)
                .priceTiers(tiers)
                .partFreights(dedupe(partFreight));
    }

    private static List<PartFreight> dedupe(List<PartFreight> lanes) {
        Set<String> seen = new HashSet<>();
        return lanes.stream()
                .filter(lane -> seen.add(lane.originCountryId() + "→" + lane.destinationCountryId()))
                .toList();
    }

    private static void addRnd(Scenario.Builder scenario, int partnerCount) {
        List<RndProgram> programs = new ArrayList<>();
        List<RndTask> tasks = new ArrayList<>();
        List<RndTaskNeed> needs = new ArrayList<>();
        List<RndTeam> teams = new ArrayList<>();
        List<Friction> frictions = new ArrayList<>();
        for (int i = 0; i < partnerCount; i++) {
            String program = "R" + i;
            programs.add(new RndProgram(program, "P" + i, "EV platform " + i, 5e7));
            for (int t = 0; t < 10; t++) {
                tasks.add(new RndTask(
                        program,
                        "T" + t,
                        "Task " + t,
                        2 + t % 5,
                        t == 0 ? List.of() : List.of("T" + (t - 1)),
                        t % 4 == 1 ? "shared-" + t : null));
                needs.add(new RndTaskNeed(program, "T" + t, t % 2 == 0 ? "software" : "battery", 1 + t % 2));
            }
            teams.add(new RndTeam("P" + i, "software", 3));
            teams.add(new RndTeam("P" + i, "battery", 3));
            for (int j = i + 1; j < partnerCount; j++) {
                frictions.add(new Friction("P" + i, "P" + j, 0.1 + 0.05 * ((i + j) % 6)));
            }
        }
        List<CandidateCoalition> coalitions = new ArrayList<>();
        if (partnerCount > 1) {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < partnerCount; i++) {
                all.add("P" + i);
            }
            coalitions.add(new CandidateCoalition("all", all));
        }
        scenario.rndPrograms(programs)
                .rndTasks(tasks)
                .rndTaskNeeds(needs)
                .rndTeams(teams)
                .frictions(frictions)
                .candidateCoalitions(coalitions)
                .fxRates(List.of(new FxRate("USD", 1)));
    }

    private static String platformId(int partner, int platform) {
        return String.format(Locale.ROOT, "F%d-%d", partner, platform);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
