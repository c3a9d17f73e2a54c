package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A plant or line that runs full in the plan, with what one more unit of its capacity would earn: the
 * shadow price of its capacity in the plan's linear program once plant and line decisions are fixed.
 *
 * @param plantId plant
 * @param platformId the line's platform, or null when the plant itself is full
 * @param capacityUnitsPerYear the capacity that binds
 * @param marginalValuePerUnit profit one more vehicle of capacity would add, base currency per year
 * @param sentence the finding as a planner reads it
 */
public record BindingCapacity(
        String plantId,
        @Nullable String platformId,
        double capacityUnitsPerYear,
        double marginalValuePerUnit,
        String sentence) {
    public BindingCapacity {
        requireNonNull(plantId, "plantId");
        requireNonNull(sentence, "sentence");
    }
}
