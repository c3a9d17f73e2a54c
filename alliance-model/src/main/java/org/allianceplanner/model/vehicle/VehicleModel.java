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
 * @param materialCostPerUnit bought-in parts and materials per vehicle: the whole bill of materials at
 *     today's prices, wherever the vehicle is built. Net price minus this and the conversion, freight,
 *     tariff and commission costs is the vehicle's contribution.
 */
public record VehicleModel(
        String modelId,
        String partnerId,
        String name,
        String platformId,
        String segment,
        Powertrain powertrain,
        double conversionCostPerUnit,
        double materialCostPerUnit) {
    public VehicleModel {
        requireNonNull(modelId, "modelId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
        requireNonNull(platformId, "platformId");
        requireNonNull(segment, "segment");
        requireNonNull(powertrain, "powertrain");
    }
}
