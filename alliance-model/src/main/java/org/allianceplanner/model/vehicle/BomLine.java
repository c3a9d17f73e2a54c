package org.allianceplanner.model.vehicle;

import static java.util.Objects.requireNonNull;

/**
 * One line of a model's bill of materials, for the parts the sourcing lever plans.
 *
 * @param modelId vehicle model
 * @param variantId part variant used
 * @param quantityPerVehicle units of the variant per vehicle, in the variant's unit (pieces, kWh…)
 */
public record BomLine(String modelId, String variantId, double quantityPerVehicle) {
    public BomLine {
        requireNonNull(modelId, "modelId");
        requireNonNull(variantId, "variantId");
    }
}
