package org.allianceplanner.model.vehicle;

import static java.util.Objects.requireNonNull;

/**
 * A vehicle model (nameplate). Money is in the owner's currency.
 *
 * @param modelId unique id
 * @param partnerId owner (brand)
 * @param name display name
 * @param platformId platform it is built on
 * @param segment market segment, free text (e.g. {@code C SUV})
 * @param powertrain powertrain
 * @param conversionCostPerUnit assembly cost per vehicle at a plant of index 1, parts excluded
 */
public record VehicleModel(
        String modelId,
        String partnerId,
        String name,
        String platformId,
        String segment,
        Powertrain powertrain,
        double conversionCostPerUnit) {
    public VehicleModel {
        requireNonNull(modelId, "modelId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
        requireNonNull(platformId, "platformId");
        requireNonNull(segment, "segment");
        requireNonNull(powertrain, "powertrain");
    }
}
