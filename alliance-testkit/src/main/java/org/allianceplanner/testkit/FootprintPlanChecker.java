package org.allianceplanner.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.allianceplanner.model.footprint.DealerSale;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.LineAction;
import org.allianceplanner.model.footprint.LineDecision;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.jspecify.annotations.Nullable;

/**
 * Re-verifies a footprint plan against its scenario without any of the engine's code: every flow on
 * a route that exists (own plant, open, running line of the model's platform, freight lane), plant and
 * line capacities, sales within demand and dealer reach, and the profit recomputed from the plan's
 * lines alone with its own tariff and currency lookups. Every footprint solver test runs it.
 */
public final class FootprintPlanChecker {
    private static final double UNITS_TOLERANCE = 1e-4;
    private static final double MONEY_RELATIVE_TOLERANCE = 1e-6;

    private final Scenario scenario;
    private final FootprintPlan plan;
    private final List<String> problems = new ArrayList<>();

    private FootprintPlanChecker(Scenario scenario, FootprintPlan plan) {
        this.scenario = scenario;
        this.plan = plan;
    }

    /** Every rule the plan breaks, one sentence each; empty when the plan is sound. */
    public static List<String> problems(Scenario scenario, FootprintPlan plan, boolean allDemandServed) {
        FootprintPlanChecker checker = new FootprintPlanChecker(scenario, plan);
        checker.check(allDemandServed);
        return checker.problems;
    }

    /** Throws an {@link AssertionError} listing every problem, if there is one. */
    public static void assertSound(Scenario scenario, FootprintPlan plan) {
        assertSound(scenario, plan, false);
    }

    /** As {@link #assertSound(Scenario, FootprintPlan)}, also requiring every demand row served in full. */
    public static void assertSound(Scenario scenario, FootprintPlan plan, boolean allDemandServed) {
        List<String> found = problems(scenario, plan, allDemandServed);
        if (!found.isEmpty()) {
            throw new AssertionError("The plan of " + plan.partnerIds() + " breaks " + found.size() + " rule(s):\n  "
                    + String.join("\n  ", found));
        }
    }

    /** The plan's profit breakdown, recomputed from its flows, sales, plants and lines. */
    public static ProfitBreakdown recompute(Scenario scenario, FootprintPlan plan) {
        return new FootprintPlanChecker(scenario, plan).recompute();
    }

    private void check(boolean allDemandServed) {
        Set<String> members = new HashSet<>(plan.partnerIds());
        Map<String, Plant> plants = new HashMap<>();
        scenario.plants().stream()
                .filter(plant -> members.contains(plant.partnerId()))
                .forEach(plant -> plants.put(plant.plantId(), plant));
        Map<String, VehicleModel> models = new HashMap<>();
        scenario.vehicleModels().forEach(model -> models.put(model.modelId(), model));
        Map<String, String> countryOfPlant = new HashMap<>();
        plants.values().forEach(plant -> countryOfPlant.put(plant.plantId(), plant.countryId()));

        Map<String, PlantDecision> plantDecisions = new HashMap<>();
        for (PlantDecision decision : plan.plants()) {
            Plant plant = plants.get(decision.plantId());
            if (plant == null) {
                problems.add("Plant " + decision.plantId() + " in the plan does not belong to the coalition.");
                continue;
            }
            if (plantDecisions.put(decision.plantId(), decision) != null) {
                problems.add("Plant " + decision.plantId() + " is decided twice.");
            }
            if (!decision.open() && !plant.closureAllowed()) {
                problems.add("Plant " + plant.plantId() + " is closed, but the scenario does not allow closing it.");
            }
        }
        for (String plantId : plants.keySet()) {
            if (!plantDecisions.containsKey(plantId)) {
                problems.add("Plant " + plantId + " of the coalition has no decision in the plan.");
            }
        }
        Map<String, LineDecision> lineDecisions = new HashMap<>();
        for (LineDecision decision : plan.lines()) {
            lineDecisions.put(decision.plantId() + "/" + decision.platformId(), decision);
            PlantDecision plant = plantDecisions.get(decision.plantId());
            if (decision.running() && plant != null && !plant.open()) {
                problems.add(
                        "The " + decision.platformId() + " line at " + decision.plantId() + " runs in a closed plant.");
            }
        }
        Map<String, PlatformLine> lines = new HashMap<>();
        for (PlatformLine line : scenario.platformLines()) {
            if (plants.containsKey(line.plantId())) {
                lines.put(line.plantId() + "/" + line.platformId(), line);
                LineDecision decision = lineDecisions.get(line.plantId() + "/" + line.platformId());
                if (decision == null) {
                    problems.add("The " + line.platformId() + " line at " + line.plantId() + " has no decision.");
                } else if (line.status()
                        == LineStatus.EXISTING
                        != (decision.action() == LineAction.KEPT || decision.action() == LineAction.CLOSED)) {
                    problems.add("The " + line.platformId() + " line at " + line.plantId() + " is " + line.status()
                            + " but the plan says " + decision.action() + ".");
                }
            }
        }
        Set<String> freightLanes = new HashSet<>();
        scenario.freightLanes().forEach(lane -> freightLanes.add(lane.originCountryId() + "/" + lane.marketId()));

        Map<String, Double> unitsAtPlant = new HashMap<>();
        Map<String, Double> unitsOnLine = new HashMap<>();
        Map<String, Double> builtFor = new HashMap<>();
        for (ProductionFlow flow : plan.flows()) {
            String where =
                    flow.unitsPerYear() + " " + flow.modelId() + " from " + flow.plantId() + " to " + flow.marketId();
            VehicleModel model = models.get(flow.modelId());
            Plant plant = plants.get(flow.plantId());
            if (!(flow.unitsPerYear() >= 0)) {
                problems.add("Flow " + where + " is negative.");
            }
            if (model == null || !members.contains(model.partnerId())) {
                problems.add("Flow " + where + ": the model is not a coalition member's.");
                continue;
            }
            if (plant == null) {
                problems.add("Flow " + where + ": the plant is not a coalition member's.");
                continue;
            }
            PlantDecision plantDecision = plantDecisions.get(plant.plantId());
            if (plantDecision != null && !plantDecision.open()) {
                problems.add("Flow " + where + ": the plant is closed.");
            }
            String lineKey = plant.plantId() + "/" + model.platformId();
            LineDecision line = lineDecisions.get(lineKey);
            if (!lines.containsKey(lineKey)) {
                problems.add("Flow " + where + ": the plant has no " + model.platformId() + " line.");
            } else if (line == null || !line.running()) {
                problems.add("Flow " + where + ": the plant's " + model.platformId() + " line does not run.");
            }
            if (!freightLanes.contains(plant.countryId() + "/" + flow.marketId())) {
                problems.add("Flow " + where + ": no freight lane from " + plant.countryId() + ".");
            }
            unitsAtPlant.merge(plant.plantId(), flow.unitsPerYear(), Double::sum);
            unitsOnLine.merge(lineKey, flow.unitsPerYear(), Double::sum);
            builtFor.merge(flow.modelId() + "/" + flow.marketId(), flow.unitsPerYear(), Double::sum);
        }
        unitsAtPlant.forEach((plantId, units) -> {
            // Only flows from a member's plant were counted above.
            double capacity = Objects.requireNonNull(plants.get(plantId)).capacityUnitsPerYear();
            if (units > capacity + UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT, "Plant %s builds %.3f, above its capacity %.0f.", plantId, units, capacity));
            }
            PlantDecision decision = plantDecisions.get(plantId);
            if (decision != null && Math.abs(decision.unitsPerYear() - units) > UNITS_TOLERANCE) {
                problems.add("Plant " + plantId + " reports " + decision.unitsPerYear() + " built, the flows " + units
                        + ".");
            }
        });
        unitsOnLine.forEach((lineKey, units) -> {
            PlatformLine line = lines.get(lineKey);
            if (line != null && units > line.capacityUnitsPerYear() + UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT,
                        "Line %s builds %.3f, above its capacity %.0f.",
                        lineKey,
                        units,
                        line.capacityUnitsPerYear()));
            }
        });

        Map<String, DealerCoverage> coverage = new HashMap<>();
        scenario.dealerCoverages().forEach(row -> coverage.put(row.partnerId() + "/" + row.marketId(), row));
        Map<String, Double> soldFor = new HashMap<>();
        for (DealerSale sale : plan.sales()) {
            String key = sale.modelId() + "/" + sale.marketId();
            soldFor.merge(key, sale.unitsPerYear(), Double::sum);
            Demand demand = demandOf(sale.modelId(), sale.marketId());
            DealerCoverage dealers = coverage.get(sale.dealerPartnerId() + "/" + sale.marketId());
            if (!members.contains(sale.dealerPartnerId())) {
                problems.add("Sale of " + key + " through " + sale.dealerPartnerId() + ", not a coalition member.");
            } else if (dealers == null || demand == null) {
                problems.add("Sale of " + key + " through " + sale.dealerPartnerId() + ", whose dealers do not cover "
                        + sale.marketId() + ".");
            } else if (sale.unitsPerYear()
                    > Math.min(1, dealers.coverageShare()) * demand.unitsPerYear() + UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT,
                        "Sale of %.3f %s through %s exceeds that network's reach of %.0f %% of %.0f.",
                        sale.unitsPerYear(),
                        key,
                        sale.dealerPartnerId(),
                        100 * dealers.coverageShare(),
                        demand.unitsPerYear()));
            }
        }
        Set<String> keys = new HashSet<>(builtFor.keySet());
        keys.addAll(soldFor.keySet());
        for (String key : keys) {
            double built = builtFor.getOrDefault(key, 0.0);
            double sold = soldFor.getOrDefault(key, 0.0);
            if (Math.abs(built - sold) > UNITS_TOLERANCE) {
                problems.add(String.format(Locale.ROOT, "%s: %.3f built but %.3f sold.", key, built, sold));
            }
        }
        for (Demand demand : scenario.demands()) {
            VehicleModel model = models.get(demand.modelId());
            if (model == null || !members.contains(model.partnerId())) {
                continue;
            }
            double sold = soldFor.getOrDefault(demand.modelId() + "/" + demand.marketId(), 0.0);
            if (sold > demand.unitsPerYear() + UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT,
                        "%s in %s: %.3f sold, above the demand of %.0f.",
                        demand.modelId(),
                        demand.marketId(),
                        sold,
                        demand.unitsPerYear()));
            }
            if (allDemandServed && sold < demand.unitsPerYear() - UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT,
                        "%s in %s: %.3f sold, short of the demand of %.0f that must be served.",
                        demand.modelId(),
                        demand.marketId(),
                        sold,
                        demand.unitsPerYear()));
            }
        }

        ProfitBreakdown recomputed = recompute();
        compare("profit", recomputed.profit(), plan.breakdown().profit());
        compare("revenue", recomputed.revenue(), plan.breakdown().revenue());
        compare("tariffs", recomputed.tariffs(), plan.breakdown().tariffs());
        compare("conversion", recomputed.conversion(), plan.breakdown().conversion());
        compare("materials", recomputed.materials(), plan.breakdown().materials());
        compare("freight", recomputed.freight(), plan.breakdown().freight());
        compare("commission", recomputed.commission(), plan.breakdown().commission());
        compare("plant fixed cost", recomputed.plantFixed(), plan.breakdown().plantFixed());
        compare(
                "plant closure cost",
                recomputed.plantClosure(),
                plan.breakdown().plantClosure());
        compare("line fixed cost", recomputed.lineFixed(), plan.breakdown().lineFixed());
        compare(
                "line installation cost",
                recomputed.lineInstallation(),
                plan.breakdown().lineInstallation());
        compare("solver objective", recomputed.profit(), plan.solve().objective());
    }

    private void compare(String what, double recomputed, double reported) {
        double scale = Math.max(1, Math.max(Math.abs(recomputed), Math.abs(reported)));
        if (!(Math.abs(recomputed - reported) <= MONEY_RELATIVE_TOLERANCE * scale)) {
            problems.add(String.format(
                    Locale.ROOT, "The plan reports %s %.2f, the checker recomputes %.2f.", what, reported, recomputed));
        }
    }

    private ProfitBreakdown recompute() {
        Map<String, VehicleModel> models = new HashMap<>();
        scenario.vehicleModels().forEach(model -> models.put(model.modelId(), model));
        Map<String, Plant> plants = new HashMap<>();
        scenario.plants().forEach(plant -> plants.put(plant.plantId(), plant));
        double revenue = 0;
        double tariffs = 0;
        double conversion = 0;
        double materials = 0;
        double freight = 0;
        for (ProductionFlow flow : plan.flows()) {
            VehicleModel model = models.get(flow.modelId());
            Plant plant = plants.get(flow.plantId());
            Demand demand = demandOf(flow.modelId(), flow.marketId());
            if (model == null || plant == null || demand == null) {
                continue;
            }
            double rate = basePerUnit(currencyOf(model.partnerId()));
            double price = demand.netPricePerUnit() * rate;
            revenue += flow.unitsPerYear() * price;
            tariffs += flow.unitsPerYear() * price * tariffRate(plant.countryId(), flow.marketId(), model);
            conversion += flow.unitsPerYear() * model.conversionCostPerUnit() * plant.conversionCostIndex() * rate;
            materials += flow.unitsPerYear() * model.materialCostPerUnit() * rate;
            freight += flow.unitsPerYear() * freightCost(plant.countryId(), flow.marketId());
        }
        double commission = 0;
        for (DealerSale sale : plan.sales()) {
            VehicleModel model = models.get(sale.modelId());
            Demand demand = demandOf(sale.modelId(), sale.marketId());
            if (model == null || demand == null || model.partnerId().equals(sale.dealerPartnerId())) {
                continue;
            }
            for (DealerCoverage dealers : scenario.dealerCoverages()) {
                if (dealers.partnerId().equals(sale.dealerPartnerId())
                        && dealers.marketId().equals(sale.marketId())) {
                    commission += sale.unitsPerYear()
                            * dealers.commissionRate()
                            * demand.netPricePerUnit()
                            * basePerUnit(currencyOf(model.partnerId()));
                }
            }
        }
        double plantFixed = 0;
        double closure = 0;
        for (PlantDecision decision : plan.plants()) {
            Plant plant = plants.get(decision.plantId());
            if (plant == null) {
                continue;
            }
            double rate = basePerUnit(currencyOf(plant.partnerId()));
            if (decision.open()) {
                plantFixed += plant.fixedCostPerYear() * rate;
            } else {
                closure += scenario.settings().annualize(plant.closureCost()) * rate;
            }
        }
        double lineFixed = 0;
        double installation = 0;
        for (LineDecision decision : plan.lines()) {
            if (!decision.running()) {
                continue;
            }
            for (PlatformLine line : scenario.platformLines()) {
                if (line.plantId().equals(decision.plantId())
                        && line.platformId().equals(decision.platformId())) {
                    // A valid scenario's lines are at its plants (the validator checks it).
                    double rate = basePerUnit(currencyOf(
                            Objects.requireNonNull(plants.get(line.plantId())).partnerId()));
                    lineFixed += line.fixedCostPerYear() * rate;
                    if (line.status() == LineStatus.POSSIBLE) {
                        installation += scenario.settings().annualize(line.retoolingCost()) * rate;
                    }
                }
            }
        }
        return new ProfitBreakdown(
                revenue,
                tariffs,
                conversion,
                materials,
                freight,
                commission,
                plantFixed,
                closure,
                lineFixed,
                installation);
    }

    private @Nullable Demand demandOf(String modelId, String marketId) {
        for (Demand demand : scenario.demands()) {
            if (demand.modelId().equals(modelId) && demand.marketId().equals(marketId)) {
                return demand;
            }
        }
        return null;
    }

    private String currencyOf(String partnerId) {
        for (Partner partner : scenario.partners()) {
            if (partner.partnerId().equals(partnerId)) {
                return partner.currency();
            }
        }
        throw new IllegalArgumentException("No partner " + partnerId);
    }

    private double basePerUnit(String currency) {
        return PlainLookups.basePerUnit(scenario, currency);
    }

    private double freightCost(String countryId, String marketId) {
        for (FreightLane lane : scenario.freightLanes()) {
            if (lane.originCountryId().equals(countryId) && lane.marketId().equals(marketId)) {
                return lane.costPerUnit();
            }
        }
        return Double.NaN;
    }

    private double tariffRate(String countryId, String marketId, VehicleModel model) {
        return PlainLookups.tariffRate(
                scenario, countryId, marketId, model.powertrain().name());
    }
}
