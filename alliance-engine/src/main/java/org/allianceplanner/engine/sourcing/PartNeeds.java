package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.ProductionBaseline;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.vehicle.BomLine;

/**
 * The parts each plant needs per year: production volumes times the bills of materials. The plant's
 * owner buys them, whoever's model it builds. This is how the sourcing lever runs after the footprint
 * lever on its volumes.
 */
public final class PartNeeds {
    private PartNeeds() {}

    /** The needs of a footprint plan's production. */
    public static List<PartNeed> of(Scenario scenario, FootprintPlan plan) {
        Map<List<String>, Double> production = new HashMap<>();
        for (ProductionFlow flow : plan.flows()) {
            production.merge(List.of(flow.plantId(), flow.modelId()), flow.unitsPerYear(), Double::sum);
        }
        return needs(scenario, production);
    }

    /** The needs of today's production (the scenario's production baseline) at the partners' plants. */
    public static List<PartNeed> ofBaseline(Scenario scenario, Collection<String> partnerIds) {
        Set<String> partners = Set.copyOf(partnerIds);
        Set<String> plants = new HashSet<>();
        for (Plant plant : scenario.plants()) {
            if (partners.contains(plant.partnerId())) {
                plants.add(plant.plantId());
            }
        }
        Map<List<String>, Double> production = new HashMap<>();
        for (ProductionBaseline row : scenario.productionBaselines()) {
            if (plants.contains(row.plantId())) {
                production.merge(List.of(row.plantId(), row.modelId()), row.unitsPerYear(), Double::sum);
            }
        }
        return needs(scenario, production);
    }

    private static List<PartNeed> needs(Scenario scenario, Map<List<String>, Double> productionByPlantAndModel) {
        Map<String, List<BomLine>> bomByModel = new HashMap<>();
        for (BomLine line : scenario.bomLines()) {
            bomByModel
                    .computeIfAbsent(line.modelId(), model -> new ArrayList<>())
                    .add(line);
        }
        Map<String, String> ownerByPlant = new HashMap<>();
        for (Plant plant : scenario.plants()) {
            ownerByPlant.put(plant.plantId(), plant.partnerId());
        }
        // Sorted by plant, then variant, so every run lists the needs in the same order.
        Map<List<String>, Double> units = new TreeMap<>(PartNeeds::compareKeys);
        productionByPlantAndModel.forEach((plantAndModel, vehicles) -> {
            if (vehicles <= 0) {
                return;
            }
            for (BomLine line : bomByModel.getOrDefault(plantAndModel.get(1), List.of())) {
                units.merge(
                        List.of(plantAndModel.get(0), line.variantId()),
                        vehicles * line.quantityPerVehicle(),
                        Double::sum);
            }
        });
        List<PartNeed> needs = new ArrayList<>();
        units.forEach((plantAndVariant, quantity) -> {
            if (quantity > 0) {
                String plantId = plantAndVariant.get(0);
                // The production is at the scenario's plants (from its plans or baselines), all in ownerByPlant.
                needs.add(new PartNeed(
                        plantId, Objects.requireNonNull(ownerByPlant.get(plantId)), plantAndVariant.get(1), quantity));
            }
        });
        return List.copyOf(needs);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        int byFirst = a.get(0).compareTo(b.get(0));
        return byFirst != 0 ? byFirst : a.get(1).compareTo(b.get(1));
    }
}
