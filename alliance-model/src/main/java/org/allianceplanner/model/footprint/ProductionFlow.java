package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

/**
 * Vehicles of one model built at one plant and shipped to one market.
 *
 * @param modelId vehicle model
 * @param plantId plant that builds it
 * @param marketId market it is sold in
 * @param unitsPerYear vehicles per year
 */
public record ProductionFlow(String modelId, String plantId, String marketId, double unitsPerYear) {
    public ProductionFlow {
        requireNonNull(modelId, "modelId");
        requireNonNull(plantId, "plantId");
        requireNonNull(marketId, "marketId");
    }
}
