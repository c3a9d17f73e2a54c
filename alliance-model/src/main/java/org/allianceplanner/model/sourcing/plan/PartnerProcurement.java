package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

/**
 * One member's parts cost per year on the coalition's volumes, buying on its own and in the pool.
 *
 * @param partnerId member
 * @param separateCost its cost when each member buys on its own (its own tiers, its own engineering)
 * @param pooledCost its cost in the pooled plan: its awards at the pooled tiers plus an equal share of
 *     the engineering of each commonization it adopts
 */
public record PartnerProcurement(String partnerId, double separateCost, double pooledCost) {
    public PartnerProcurement {
        requireNonNull(partnerId, "partnerId");
    }

    /** Separate minus pooled: what pooling saves this member per year. */
    public double saving() {
        return separateCost - pooledCost;
    }
}
