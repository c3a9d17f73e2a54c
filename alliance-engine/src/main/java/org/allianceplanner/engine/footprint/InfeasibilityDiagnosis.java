package org.allianceplanner.engine.footprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * Names the business rules that make a footprint model infeasible. Only demand that must be served
 * in full can conflict with anything: optional demand always leaves the empty plan.
 */
final class InfeasibilityDiagnosis {
    /**
     * A shortfall counts as a conflict when it exceeds this share of the quantity needed (of one
     * vehicle when less is needed): far below a vehicle, so a shortfall that makes the model
     * infeasible is named however small it is, yet above floating-point rounding of the sums.
     */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private InfeasibilityDiagnosis() {}

    /** Conflicts found by counting alone: reach, routes, capacity per platform and in total. */
    static List<String> conflicts(FootprintData data) {
        List<String> conflicts = new ArrayList<>();
        Map<String, Double> demandOfPlatform = new LinkedHashMap<>();
        double totalDemand = 0;
        for (int d = 0; d < data.demands.size(); d++) {
            Demand demand = data.demands.get(d);
            VehicleModel model = data.demandModel[d];
            demandOfPlatform.merge(model.platformId(), demand.unitsPerYear(), Double::sum);
            totalDemand += demand.unitsPerYear();
            String where = model.name() + " in " + data.marketName(demand.marketId());
            if (data.routeStart[d] == data.routeStart[d + 1]) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "Demand for the %s (%,.0f a year) must be served, but no plant has a %s line with a freight"
                                + " lane to %s.",
                        where,
                        demand.unitsPerYear(),
                        data.platformName(model.platformId()),
                        data.marketName(demand.marketId())));
            }
            double reach = data.reachUnits(d);
            if (falls(reach, demand.unitsPerYear())) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "Demand for the %s (%s a year) must be served, but the dealers reach only %s of it.",
                        where,
                        vehicles(demand.unitsPerYear()),
                        vehicles(reach)));
            }
        }
        Map<String, Double> capacityOfPlatform = new LinkedHashMap<>();
        for (int l = 0; l < data.lines.size(); l++) {
            double plantCapacity = data.plants.get(data.linePlant[l]).capacityUnitsPerYear();
            capacityOfPlatform.merge(
                    data.lines.get(l).platformId(),
                    Math.min(plantCapacity, data.lines.get(l).capacityUnitsPerYear()),
                    Double::sum);
        }
        demandOfPlatform.forEach((platform, demand) -> {
            double capacity = capacityOfPlatform.getOrDefault(platform, 0.0);
            if (falls(capacity, demand)) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "Demand for models on %s (%s a year) exceeds all capacity of %s lines (%s) by %s vehicles.",
                        data.platformName(platform),
                        vehicles(demand),
                        data.platformName(platform),
                        vehicles(capacity),
                        vehicles(demand - capacity)));
            }
        });
        double totalCapacity = 0;
        for (var plant : data.plants) {
            totalCapacity += plant.capacityUnitsPerYear();
        }
        if (falls(totalCapacity, totalDemand)) {
            conflicts.add(String.format(
                    Locale.ROOT,
                    "Total demand (%s a year) exceeds the capacity of all plants (%s) by %s vehicles.",
                    vehicles(totalDemand),
                    vehicles(totalCapacity),
                    vehicles(totalDemand - totalCapacity)));
        }
        return conflicts;
    }

    /** Whether {@code available} falls short of {@code needed} by more than rounding. */
    private static boolean falls(double available, double needed) {
        return available < needed - RELATIVE_TOLERANCE * Math.max(1, needed);
    }

    /** Whole vehicles as such; a fraction (a reach share of a demand) with the decimals that matter. */
    private static String vehicles(double units) {
        return Math.abs(units - Math.rint(units)) < 0.005
                ? String.format(Locale.ROOT, "%,.0f", units)
                : String.format(Locale.ROOT, "%,.2f", units);
    }

    /** The message when counting finds no conflict but the solver proves there is one. */
    static String combinatorialConflict(FootprintData data, FootprintOptions options) {
        return options.singleSourcing()
                ? "Every demand row must be served in full from a single plant, and the plants' capacities cannot be"
                        + " split that way: each row fits somewhere, but not all of them at once."
                : "Every demand row must be served in full, and the plants and lines that can reach each market"
                        + " cannot carry it all at once, though each platform's capacity suffices in total.";
    }
}
