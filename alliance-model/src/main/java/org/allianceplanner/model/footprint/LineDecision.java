package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

/**
 * What the plan does with one platform line, and how much it builds on it.
 *
 * @param plantId plant
 * @param platformId platform of the line
 * @param action kept, closed, opened, retooled or not installed
 * @param capacityUnitsPerYear the line's capacity
 * @param unitsPerYear vehicles the plan builds on it
 * @param leadTimeMonths months before an opened or retooled line can build (0 for existing lines)
 */
public record LineDecision(
        String plantId,
        String platformId,
        LineAction action,
        double capacityUnitsPerYear,
        double unitsPerYear,
        int leadTimeMonths) {
    public LineDecision {
        requireNonNull(plantId, "plantId");
        requireNonNull(platformId, "platformId");
        requireNonNull(action, "action");
    }

    /** True when the line runs in the plan (kept, opened or retooled). */
    public boolean running() {
        return action == LineAction.KEPT || action == LineAction.OPENED || action == LineAction.RETOOLED;
    }
}
