package org.allianceplanner.model.plant;

import static java.util.Objects.requireNonNull;

/**
 * Today's production of a model at a plant: the as-is picture that plans are compared with.
 *
 * @param plantId plant
 * @param modelId vehicle model
 * @param unitsPerYear vehicles per year
 */
public record ProductionBaseline(String plantId, String modelId, double unitsPerYear) {
    public ProductionBaseline {
        requireNonNull(plantId, "plantId");
        requireNonNull(modelId, "modelId");
    }
}
