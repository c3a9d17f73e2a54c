package org.allianceplanner.model.alliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.scenario.Scenario;

/**
 * The names, places and capacities a report shows, copied from the scenario so that a stored result
 * renders without it: the partners in the scenario's order (which fixes their colours), the plants on
 * the map with their capacities, the markets with their map points, and the names of platforms and
 * vehicle models the console report prints. Costs, demand and everything else the levers plan with stay
 * in the scenario. Lists keep the scenario's row order.
 *
 * @param partners every partner, in the scenario's order
 * @param plants every plant
 * @param markets every market
 * @param platforms every platform
 * @param vehicleModels every vehicle model
 */
public record ScenarioOutline(
        List<PartnerName> partners,
        List<PlantPlace> plants,
        List<MarketPlace> markets,
        List<PlatformName> platforms,
        List<ModelName> vehicleModels) {
    public ScenarioOutline {
        partners = List.copyOf(partners);
        plants = List.copyOf(plants);
        markets = List.copyOf(markets);
        platforms = List.copyOf(platforms);
        vehicleModels = List.copyOf(vehicleModels);
    }

    /** The outline of {@code scenario}. */
    public static ScenarioOutline of(Scenario scenario) {
        return new ScenarioOutline(
                scenario.partners().stream()
                        .map(p -> new PartnerName(p.partnerId(), p.name()))
                        .toList(),
                scenario.plants().stream()
                        .map(p -> new PlantPlace(
                                p.plantId(),
                                p.partnerId(),
                                p.name(),
                                p.latitude(),
                                p.longitude(),
                                p.capacityUnitsPerYear()))
                        .toList(),
                scenario.markets().stream()
                        .map(m -> new MarketPlace(m.marketId(), m.name(), m.latitude(), m.longitude()))
                        .toList(),
                scenario.platforms().stream()
                        .map(p -> new PlatformName(p.platformId(), p.name()))
                        .toList(),
                scenario.vehicleModels().stream()
                        .map(m -> new ModelName(m.modelId(), m.partnerId(), m.name()))
                        .toList());
    }

    /**
     * A partner's display name.
     *
     * @param partnerId the partner's id
     * @param name its display name
     */
    public record PartnerName(String partnerId, String name) {
        public PartnerName {
            requireNonNull(partnerId, "partnerId");
            requireNonNull(name, "name");
        }
    }

    /**
     * A plant as the map and the plant tables show it.
     *
     * @param plantId the plant's id
     * @param partnerId its owner
     * @param name its display name
     * @param latitude degrees north
     * @param longitude degrees east
     * @param capacityUnitsPerYear vehicles per year over all lines
     */
    public record PlantPlace(
            String plantId,
            String partnerId,
            String name,
            double latitude,
            double longitude,
            double capacityUnitsPerYear) {
        public PlantPlace {
            requireNonNull(plantId, "plantId");
            requireNonNull(partnerId, "partnerId");
            requireNonNull(name, "name");
        }
    }

    /**
     * A market as the map and the flow tables show it.
     *
     * @param marketId the market's id
     * @param name its display name
     * @param latitude its map point, degrees north
     * @param longitude its map point, degrees east
     */
    public record MarketPlace(String marketId, String name, double latitude, double longitude) {
        public MarketPlace {
            requireNonNull(marketId, "marketId");
            requireNonNull(name, "name");
        }
    }

    /**
     * A platform's display name, for the lines a plan opens or retools.
     *
     * @param platformId the platform's id
     * @param name its display name
     */
    public record PlatformName(String platformId, String name) {
        public PlatformName {
            requireNonNull(platformId, "platformId");
            requireNonNull(name, "name");
        }
    }

    /**
     * A vehicle model's display name and owner, for the vehicles a partner builds or sells for another.
     *
     * @param modelId the model's id
     * @param partnerId its owner (brand)
     * @param name its display name
     */
    public record ModelName(String modelId, String partnerId, String name) {
        public ModelName {
            requireNonNull(modelId, "modelId");
            requireNonNull(partnerId, "partnerId");
            requireNonNull(name, "name");
        }
    }
}
