package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

/**
 * A supplier the plan loads to its capacity, and what one more unit of its capacity would save.
 *
 * @param supplierId supplier site
 * @param capacityUnitsPerYear its capacity over all variants
 * @param marginalSavingPerUnit cost saved per year by one more unit of capacity, from the linear
 *     program with the tier and commonization decisions fixed; NaN when not computed
 * @param sentence the finding as a planner reads it
 */
public record SupplierAtCapacity(
        String supplierId, double capacityUnitsPerYear, double marginalSavingPerUnit, String sentence) {
    public SupplierAtCapacity {
        requireNonNull(supplierId, "supplierId");
        requireNonNull(sentence, "sentence");
    }
}
