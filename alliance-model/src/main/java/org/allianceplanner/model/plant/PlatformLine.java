package org.allianceplanner.model.plant;

import static java.util.Objects.requireNonNull;

/**
 * A production line for one platform at one plant, existing or possible. Money is in the plant
 * owner's currency.
 *
 * @param plantId plant
 * @param platformId platform the line builds
 * @param status existing today or possible
 * @param capacityUnitsPerYear vehicles per year
 * @param fixedCostPerYear cost of running the line for a year
 * @param retoolingCost one-off cost of installing a possible line (0 for existing lines)
 * @param leadTimeMonths months before a possible line can build (0 for existing lines)
 */
public record PlatformLine(
        String plantId,
        String platformId,
        LineStatus status,
        double capacityUnitsPerYear,
        double fixedCostPerYear,
        double retoolingCost,
        int leadTimeMonths) {
    public PlatformLine {
        requireNonNull(plantId, "plantId");
        requireNonNull(platformId, "platformId");
        requireNonNull(status, "status");
    }
}
