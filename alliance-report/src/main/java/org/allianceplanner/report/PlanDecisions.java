package org.allianceplanner.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.alliance.ScenarioOutline.ModelName;
import org.allianceplanner.model.alliance.ScenarioOutline.PlantPlace;
import org.allianceplanner.model.footprint.DealerSale;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.LineAction;
import org.allianceplanner.model.footprint.LineDecision;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;

/**
 * What a joint footprint plan decides, with names from the result's outline: the plants it closes, the
 * lines it opens, retools or closes (in plants it keeps), the vehicles built in another partner's plants
 * and the vehicles sold through another partner's dealers. The console, the page and the workbook all
 * show these facts; they are worked out here once. Immutable.
 *
 * @param closedPlants plants the plan closes, in the plan's order
 * @param lineChanges lines opened, retooled or closed in plants that stay open, in the plan's order
 * @param builtForPartners flows of a model built in a plant of another partner than the model's, in the
 *     plan's order
 * @param soldForPartners sales of a model through another partner's dealers than the model's, in the
 *     plan's order
 */
public record PlanDecisions(
        List<ClosedPlant> closedPlants,
        List<LineChange> lineChanges,
        List<PartnerBuild> builtForPartners,
        List<PartnerSale> soldForPartners) {

    /** Copies the lists. */
    public PlanDecisions {
        closedPlants = List.copyOf(closedPlants);
        lineChanges = List.copyOf(lineChanges);
        builtForPartners = List.copyOf(builtForPartners);
        soldForPartners = List.copyOf(soldForPartners);
    }

    /** A plant the plan closes. */
    public record ClosedPlant(String plantId, String plantName, String ownerId, String ownerName) {}

    /** A line opened, retooled or closed; units and lead time matter only when {@code running}. */
    public record LineChange(
            LineAction action,
            String platformId,
            String platformName,
            String plantId,
            String plantName,
            boolean running,
            double unitsPerYear,
            int leadTimeMonths) {}

    /** One flow of a partner's model built in another partner's plant. */
    public record PartnerBuild(
            String modelPartnerName,
            String builderPartnerName,
            String modelName,
            String plantName,
            String marketName,
            double unitsPerYear) {}

    /** One sale of a partner's model through another partner's dealers in a market. */
    public record PartnerSale(
            String modelPartnerName,
            String dealerPartnerName,
            String modelName,
            String marketId,
            String marketName,
            double unitsPerYear) {}

    /** The decisions of {@code plan}, named by {@code outline}; an id the outline lacks stands for its name. */
    public static PlanDecisions of(ScenarioOutline outline, FootprintPlan plan) {
        Map<String, String> partners = new HashMap<>();
        outline.partners().forEach(p -> partners.put(p.partnerId(), p.name()));
        Map<String, PlantPlace> plants = new HashMap<>();
        outline.plants().forEach(p -> plants.put(p.plantId(), p));
        Map<String, String> platforms = new HashMap<>();
        outline.platforms().forEach(p -> platforms.put(p.platformId(), p.name()));
        Map<String, ModelName> models = new HashMap<>();
        outline.vehicleModels().forEach(m -> models.put(m.modelId(), m));
        Map<String, String> markets = new HashMap<>();
        outline.markets().forEach(m -> markets.put(m.marketId(), m.name()));

        List<ClosedPlant> closed = new ArrayList<>();
        Set<String> closedIds = new HashSet<>();
        for (PlantDecision plant : plan.plants()) {
            if (!plant.open()) {
                closedIds.add(plant.plantId());
                closed.add(new ClosedPlant(
                        plant.plantId(),
                        plantName(plants, plant.plantId()),
                        plant.partnerId(),
                        partners.getOrDefault(plant.partnerId(), plant.partnerId())));
            }
        }
        List<LineChange> lines = new ArrayList<>();
        for (LineDecision line : plan.lines()) {
            boolean changed = line.action() == LineAction.OPENED
                    || line.action() == LineAction.RETOOLED
                    || line.action() == LineAction.CLOSED;
            if (changed && !closedIds.contains(line.plantId())) {
                lines.add(new LineChange(
                        line.action(),
                        line.platformId(),
                        platforms.getOrDefault(line.platformId(), line.platformId()),
                        line.plantId(),
                        plantName(plants, line.plantId()),
                        line.running(),
                        line.unitsPerYear(),
                        line.leadTimeMonths()));
            }
        }
        List<PartnerBuild> built = new ArrayList<>();
        for (ProductionFlow flow : plan.flows()) {
            ModelName model = models.get(flow.modelId());
            PlantPlace plant = plants.get(flow.plantId());
            if (model != null && plant != null && !model.partnerId().equals(plant.partnerId())) {
                built.add(new PartnerBuild(
                        partners.getOrDefault(model.partnerId(), model.partnerId()),
                        partners.getOrDefault(plant.partnerId(), plant.partnerId()),
                        model.name(),
                        plant.name(),
                        markets.getOrDefault(flow.marketId(), flow.marketId()),
                        flow.unitsPerYear()));
            }
        }
        List<PartnerSale> sold = new ArrayList<>();
        for (DealerSale sale : plan.sales()) {
            ModelName model = models.get(sale.modelId());
            if (model != null && !model.partnerId().equals(sale.dealerPartnerId())) {
                sold.add(new PartnerSale(
                        partners.getOrDefault(model.partnerId(), model.partnerId()),
                        partners.getOrDefault(sale.dealerPartnerId(), sale.dealerPartnerId()),
                        model.name(),
                        sale.marketId(),
                        markets.getOrDefault(sale.marketId(), sale.marketId()),
                        sale.unitsPerYear()));
            }
        }
        return new PlanDecisions(closed, lines, built, sold);
    }

    /** Whether the plan changes nothing of the above. */
    public boolean none() {
        return closedPlants.isEmpty()
                && lineChanges.isEmpty()
                && builtForPartners.isEmpty()
                && soldForPartners.isEmpty();
    }

    private static String plantName(Map<String, PlantPlace> plants, String plantId) {
        PlantPlace plant = plants.get(plantId);
        return plant == null ? plantId : plant.name();
    }
}
