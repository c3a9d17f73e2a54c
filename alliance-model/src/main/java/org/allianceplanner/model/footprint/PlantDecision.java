package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

/**
 * Whether a plant stays open, and how much of it the plan uses.
 *
 * @param plantId plant
 * @param partnerId owner
 * @param open true when the plant stays open, false when the plan closes it
 * @param capacityUnitsPerYear the plant's capacity
 * @param unitsPerYear vehicles the plan builds there
 */
public record PlantDecision(
        String plantId, String partnerId, boolean open, double capacityUnitsPerYear, double unitsPerYear) {
    public PlantDecision {
        requireNonNull(plantId, "plantId");
        requireNonNull(partnerId, "partnerId");
    }

    /** Share of capacity used, 0 to 1. */
    public double utilization() {
        return capacityUnitsPerYear == 0 ? 0 : unitsPerYear / capacityUnitsPerYear;
    }
}
