package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The all-units price tier a buying group reaches with one supplier for one variant: every unit the
 * group buys from the supplier costs the price of the highest tier its volume reaches.
 *
 * @param supplierId supplier site
 * @param variantId part variant
 * @param buyerPartnerIds the members buying it, whose volume counts together: one partner when each
 *     buys on its own, every member that buys it when the coalition pools
 * @param unitsPerYear the group's volume with the supplier for the variant
 * @param tierMinUnits the lowest volume of the tier reached
 * @param unitPrice price per unit at that tier, in the base currency
 * @param nextTierMinUnits the lowest volume of the next cheaper tier, or NaN at the top tier
 * @param nextTierUnitPrice price per unit at the next tier, in the base currency, or NaN at the top
 * @param sentence the tier as a planner reads it
 */
public record TierReached(
        String supplierId,
        String variantId,
        List<String> buyerPartnerIds,
        double unitsPerYear,
        double tierMinUnits,
        double unitPrice,
        double nextTierMinUnits,
        double nextTierUnitPrice,
        String sentence) {
    public TierReached {
        requireNonNull(supplierId, "supplierId");
        requireNonNull(variantId, "variantId");
        buyerPartnerIds = List.copyOf(buyerPartnerIds);
        requireNonNull(sentence, "sentence");
    }

    /** True when a cheaper tier exists above the one reached. */
    public boolean hasNextTier() {
        return !Double.isNaN(nextTierMinUnits);
    }

    /** Units more the group would have to buy to reach the next tier; NaN at the top tier. */
    public double unitsToNextTier() {
        return nextTierMinUnits - unitsPerYear;
    }
}
