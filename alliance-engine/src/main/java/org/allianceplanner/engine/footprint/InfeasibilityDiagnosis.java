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
    private static final double TOLERANCE = 0.5;

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
            if (reach < demand.unitsPerYear() - TOLERANCE) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "Demand for the %s (%,.0f a year) must be served, but the dealers reach only %,.0f of it.",
                        where,
                        demand.unitsPerYear(),
                        reach));
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
            if (demand > capacity + TOLERANCE) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "Demand for models on %s (%,.0f a year) exceeds all capacity of %s lines (%,.0f) by %,.0f"
                                + " vehicles.",
                        data.platformName(platform),
                        demand,
                        data.platformName(platform),
                        capacity,
                        demand - capacity));
            }
        });
        double totalCapacity = 0;
        for (var plant : data.plants) {
            totalCapacity += plant.capacityUnitsPerYear();
        }
        if (totalDemand > totalCapacity + TOLERANCE) {
            conflicts.add(String.format(
                    Locale.ROOT,
                    "Total demand (%,.0f a year) exceeds the capacity of all plants (%,.0f) by %,.0f vehicles.",
                    totalDemand,
                    totalCapacity,
                    totalDemand - totalCapacity));
        }
        return conflicts;
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
